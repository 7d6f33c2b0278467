namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// How one AWS resource type is spelled as an ARN: <c>arn:{partition}:{Service}:{region?}:{account?}:{Prefix}{id}</c>.
/// Some types leave the region and/or the account empty (S3 both, IAM the region, EC2 AMIs and snapshots the account).
/// </summary>
internal sealed record AwsArnShape(string Service, string Prefix, bool HasRegion, bool HasAccount);

namespace CnappAi.Modules.Remediation;

internal sealed class CloudOptions
{
    public string TagKey { get; set; } = "cnappai-remediation";
    public string AwsTaggingEndpoint { get; set; } = "https://tagging.{region}.amazonaws.com/";
    public string AwsAccessKeyId { get; set; } = "";
    public string AwsSecretAccessKey { get; set; } = "";
    public string AwsSessionToken { get; set; } = "";
    public string AzureArmBaseUrl { get; set; } = "https://management.azure.com/";
    public string AzureBearerToken { get; set; } = "";
    public string GcpComputeBaseUrl { get; set; } = "https://compute.googleapis.com/compute/v1/";
    public string GcpBearerToken { get; set; } = "";

    /// <summary>Source ranges a temporary network restriction denies.</summary>
    public string DenySourcePrefix { get; set; } = "0.0.0.0/0";
}

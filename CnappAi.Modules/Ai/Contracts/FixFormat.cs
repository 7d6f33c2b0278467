namespace CnappAi.Modules.Ai.Contracts;

/// <summary>The language of a fix snippet.</summary>
public enum FixFormat
{
    Terraform = 0,
    CloudFormation = 1,
    Bicep = 2,
    AwsCli = 3,
    AzureCli = 4,
    GcloudCli = 5,
    Kubernetes = 6,
    Dockerfile = 7,
    Shell = 8,
}

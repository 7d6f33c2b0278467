using CnappAi.Modules.AttackPaths.BuildGraph;

namespace CnappAi.Tests.AttackPaths.BuildGraph;

public class SecretInferenceTests
{
    [Fact]
    public void Identities_AwsRoleArnInTheDescription_IsNamed()
    {
        SecretInference.Identities("k8s://c/ns/deployment/api", "Cloud keys found", "Access key AKIA... for arn:aws:iam::705260278258:role/payments-deployer.")
            .ShouldBe(["arn:aws:iam::705260278258:role/payments-deployer"]);
    }

    [Fact]
    public void Identities_GcpServiceAccountEmail_BecomesItsFullResourceName()
    {
        SecretInference.Identities("vm", "key file of exporter@data-prod-1234.iam.gserviceaccount.com in /etc")
            .ShouldBe(["//iam.googleapis.com/projects/data-prod-1234/serviceAccounts/exporter@data-prod-1234.iam.gserviceaccount.com"]);
    }

    [Fact]
    public void Identities_NoIdentityOrOnlyItsOwnResource_IsEmpty()
    {
        SecretInference.Identities("arn:aws:iam::111122223333:role/self", "a password in a file", "arn:aws:iam::111122223333:role/self").ShouldBeEmpty();
        SecretInference.Identities("x", null, "arn:aws:s3:::not-an-identity").ShouldBeEmpty();
    }
}

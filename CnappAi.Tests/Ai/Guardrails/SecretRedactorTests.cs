using CnappAi.Modules.Ai.Guardrails;

namespace CnappAi.Tests.Ai.Guardrails;

public class SecretRedactorTests
{
    [Theory]
    [InlineData("key AKIAIOSFODNN7EXAMPLE in env", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB", "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB")]
    [InlineData("slack xoxb-1234567890-abcdefghijkl", "xoxb-1234567890-abcdefghijkl")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==;EndpointSuffix=core.windows.net", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==")]
    [InlineData("Server=db;User Id=sa;Password=Sup3rS3cret!;", "Sup3rS3cret!")]
    [InlineData("postgres://app:pa55word123@db.internal:5432/app", "pa55word123")]
    [InlineData("\"apiKey\": \"abcdef1234567890\"", "abcdef1234567890")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJzdWIiOiIxMjM0NTY3ODkwIn0")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEA")]
    [InlineData("google AIzaSyD-1234567890abcdefghijklmnopqrstu", "AIzaSyD-1234567890abcdefghijklmnopqrstu")]
    public void Redact_KnownSecretShapes_RemovesTheSecretAndKeepsTheContext(string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        redacted.ShouldNotContain(secret);
        redacted.ShouldContain(SecretRedactor.Marker);
    }

    [Fact]
    public void Redact_ConfiguredKey_IsRemovedWhereverItAppears()
    {
        SecretRedactor.Redact("echo my-model-key-123 here", ["my-model-key-123"]).ShouldBe("echo [REDACTED] here");
    }

    [Theory]
    [InlineData("Ensure no security groups allow ingress from 0.0.0.0/0 to port 22")]
    [InlineData("CVE-2021-44228 in log4j-core 2.14.1")]
    [InlineData("arn:aws:s3:::acme-customer-exports")]
    public void Redact_OrdinaryFindingText_IsUnchanged(string text)
    {
        SecretRedactor.Redact(text).ShouldBe(text);
    }
}

using CnappAi.Modules.IacGate.Endpoints;

namespace CnappAi.Tests.IacGate.Endpoints;

public class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer s3cret-token-value", true)]
    [InlineData("bearer s3cret-token-value", true)]
    [InlineData("Bearer  s3cret-token-value ", true)]
    [InlineData("Bearer s3cret-token-valu", false)]
    [InlineData("Bearer s3cret-token-value2", false)]
    [InlineData("Basic s3cret-token-value", false)]
    [InlineData("s3cret-token-value", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Matches_OnlyTheExactBearerToken(string? header, bool expected) =>
        BearerToken.Matches(header, "s3cret-token-value").ShouldBe(expected);
}

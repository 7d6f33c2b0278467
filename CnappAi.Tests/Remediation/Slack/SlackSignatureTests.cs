using System.Globalization;
using System.Text;
using CnappAi.Modules.Remediation.Slack;

namespace CnappAi.Tests.Remediation.Slack;

/// <summary>The signature check on timestamps at the edges of <see cref="long"/> and of the window: refused, never thrown.</summary>
public class SlackSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 5, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("payload=%7B%7D");

    public static TheoryData<long> FarTimestamps() => new()
    {
        0,
        long.MaxValue,
        Now.ToUnixTimeSeconds() - 301,
        Now.ToUnixTimeSeconds() + 301,
    };

    [Theory]
    [MemberData(nameof(FarTimestamps))]
    public void Check_TimestampOutsideTheWindow_IsRefusedWithAReason(long seconds)
    {
        var timestamp = seconds.ToString(CultureInfo.InvariantCulture);

        SlackSignature.Check("secret", timestamp, SlackSignature.Compute("secret", timestamp, Body), Body, Now)
            .ShouldBe("The request timestamp is outside the five-minute window.");
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(-1)]
    public void Check_NegativeTimestamp_IsRefusedAsMalformed(long seconds)
    {
        var timestamp = seconds.ToString(CultureInfo.InvariantCulture);

        SlackSignature.Check("secret", timestamp, SlackSignature.Compute("secret", timestamp, Body), Body, Now)
            .ShouldBe("Missing Slack signature headers.");
    }

    [Fact]
    public void Check_SignedNow_IsAccepted()
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        SlackSignature.Check("secret", timestamp, SlackSignature.Compute("secret", timestamp, Body), Body, Now).ShouldBeNull();
    }
}

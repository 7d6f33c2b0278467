using CnappAi.Modules.IacGate.Rendering;

namespace CnappAi.Tests.IacGate.Rendering;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("aws_s3_bucket.data", "aws\\_s3\\_bucket.data")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("*bold* `code` ~~gone~~ a|b", "\\*bold\\* \\`code\\` \\~\\~gone\\~\\~ a\\|b")]
    [InlineData("line1\nline2", "line1 line2")]
    [InlineData("ping @team", "ping @\u2060team")]
    [InlineData("a\u202Eb", "ab")]
    public void Inline_UntrustedText_IsLiteral(string text, string expected) => MarkdownText.Inline(text).ShouldBe(expected);

    [Fact]
    public void Html_InsideHtmlBlocks_EncodesWithoutMarkdownEscapes() =>
        MarkdownText.Html("aws_s3 <x> & \"y\"").ShouldBe("aws_s3 &lt;x&gt; &amp; &quot;y&quot;");

    [Fact]
    public void Inline_LongText_IsCut() => MarkdownText.Inline(new string('a', 500), 10).ShouldBe("aaaaaaaaa…");

    [Fact]
    public void Fence_CodeWithBackticks_UsesALongerFence() =>
        MarkdownText.Fence("a ```` b", "hcl").ShouldBe("`````hcl\na ```` b\n`````");
}

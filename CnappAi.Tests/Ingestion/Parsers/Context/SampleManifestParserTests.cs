using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Context;

public class SampleManifestParserTests
{
    private const string Header =
        """{"manifest":"header","schema":"cnappai-sample-manifest/1","generator":"cnappai sample","seed":1,"assets":1,"counts":{"observations":1,"findings":1}}""";

    private const string Problem =
        """{"manifest":"problem","id":"sp-1","kind":"vulnerability","key":"CVE-2021-44228","resource":"arn:aws:s3:::b","observations":[{"source":"wiz","id":"a"}]}""";

    [Fact]
    public async Task Parse_Manifest_IsRecognisedAndYieldsNoObservations()
    {
        using var files = new TempFiles();
        var path = files.Write("manifest.ndjson", $"{Header}\n{Problem}\n" + """{"manifest":"attack-path","id":"p","steps":[{"resource":"arn:aws:s3:::b"}]}""" + "\n");

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldBe("sample-manifest");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"manifest":"finding","id":"x"}""", "unknown manifest record 'finding'")]
    [InlineData("""{"manifest":"problem","id":"sp-2","resource":"arn:aws:s3:::b","observations":[]}""", "record has no observations")]
    [InlineData("""{"manifest":"problem","id":"sp-2","resource":"arn:aws:s3:::b","observations":[{"source":"wiz"}]}""", "a source and an id")]
    [InlineData("""{"manifest":"attack-path","id":"p","steps":[]}""", "record has no steps")]
    [InlineData("""{"manifest":"header","schema":"cnappai-sample-manifest/9","counts":{"observations":1,"findings":1}}""", "not supported")]
    [InlineData("""{"manifest":"resource","kind":"bucket"}""", "record has no uid")]
    public async Task Parse_MalformedLine_IsRejectedWithItsLine(string line, string reason)
    {
        using var files = new TempFiles();
        var path = files.Write("manifest.ndjson", $"{Header}\n{line}\n{Problem}\n");

        var parsed = await ParserHarness.ParseAsync(path);

        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("line 2");
        rejection.Error.ShouldNotBeNull().ShouldContain(reason);
    }
}

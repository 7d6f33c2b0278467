using CnappAi.Modules.Ingestion.Parsers.Context;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Context;

/// <summary>The context parsers' detection is strict: no vendor export is ever read as context.</summary>
public class ContextParserDetectionTests
{
    private static readonly IFormatParser[] ContextParsers =
        [new AssetContextCsvParser(), new RelationshipsJsonParser(), new RelationshipsCsvParser(), new SampleManifestParser()];

    public static TheoryData<string> VendorFixtures =>
    [
        .. Directory.EnumerateFiles(FixtureFiles.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(FixtureFiles.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(VendorFixtures))]
    public void Detect_VendorFixture_IsNeverClaimedByAContextParser(string fixture)
    {
        var sniff = FileSniffer.Sniff(FixtureFiles.Get(fixture));

        ContextParsers.Where(p => p.Detect(sniff) > 0).Select(p => p.Format).ShouldBeEmpty();
    }

    [Fact]
    public void Sources_AreTheDocumentedContextSources() =>
        ContextParsers.Select(p => $"{p.Source}/{p.Format}").ShouldBe(
            ["cmdb/asset-context-csv", "relationships/relationships-json", "relationships/relationships-csv", "cnappai-manifest/sample-manifest"]);
}

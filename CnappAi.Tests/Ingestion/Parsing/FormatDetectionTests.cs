using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsing;

/// <summary>Every vendor sample is claimed by its own source's parser, from content alone, and by no other.</summary>
public class FormatDetectionTests
{
    /// <summary>Files that are not exports: they must be named as unknown rather than misread.</summary>
    private static readonly HashSet<string> NotExports =
    [
        "prisma_cloud/xsoar-content/RedLock/alert_context.json", // XSOAR's expected output for alert_raw.json
    ];

    private static readonly (string Prefix, string Source)[] SourceByFolder =
    [
        ("aws_securityhub/defectdojo/aws_inspector2/", "aws-inspector2"),
        ("aws_securityhub/", "aws-securityhub"),
        ("azure_defender/", "defender"),
        ("checkov/", "checkov"),
        ("gcp/defectdojo/gcloud_artifact_scan/", "gcp-artifact-analysis"),
        ("gcp/", "gcp-scc"),
        ("lacework/", "lacework"),
        ("orca/", "orca"),
        ("prisma_cloud/", "prisma"),
        ("prowler/", "prowler"),
        ("sarif/", "sarif"),
        ("trivy/", "trivy"),
        ("wiz/", "wiz"),
    ];

    public static TheoryData<string> AllFixtures =>
    [
        .. Directory.EnumerateFiles(FixtureFiles.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(FixtureFiles.Root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Detect_EveryFixture_ChoosesItsOwnSource(string fixture)
    {
        var path = FixtureFiles.Get(fixture);

        var detection = new FormatDetector().Detect(FileSniffer.Sniff(path), source: null);

        var expected = Expected(fixture, File.ReadAllText(path));
        if (expected is null)
        {
            detection.Parser.ShouldBeNull();
            detection.Error.ShouldNotBeNullOrWhiteSpace();
        }
        else
        {
            detection.Parser.ShouldNotBeNull(detection.Error);
            detection.Parser.Source.ShouldBe(expected, $"format {detection.Parser.Format}");
        }
    }

    [Fact]
    public void Catalog_FormatIdsAreUnique() =>
        ParserCatalog.All.Select(p => p.Format).ShouldBeUnique();

    [Fact]
    public void Detect_WithSourceOfAnotherVendor_NamesTheMismatch()
    {
        var sniff = FileSniffer.Sniff(FixtureFiles.Get("aws_securityhub/defectdojo/asff/one_vuln.json"));

        var detection = new FormatDetector().Detect(sniff, "wiz");

        detection.Parser.ShouldBeNull();
        detection.Error!.ShouldStartWith("not a recognised 'wiz' format");
    }

    private static string? Expected(string fixture, string content)
    {
        if (content.Length == 0 || NotExports.Contains(fixture))
        {
            return null;
        }

        var compact = string.Concat(content.Where(c => !char.IsWhiteSpace(c)));
        return compact is "[]" or "{}" or "null"
            ? EmptyDocumentParser.SourceName
            : SourceByFolder.First(s => fixture.StartsWith(s.Prefix, StringComparison.Ordinal)).Source;
    }
}

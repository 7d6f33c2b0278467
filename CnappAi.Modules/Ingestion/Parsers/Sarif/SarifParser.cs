using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>
/// SARIF 2.1.0 logs from any tool (CodeQL, Semgrep, Grype, gitleaks, Checkov, Trivy...). Read as one document:
/// results resolve their rules, artifacts and repository through the run that holds them.
/// </summary>
internal sealed partial class SarifParser : JsonDocumentParser
{
    public const string SourceName = "sarif";

    public const string FormatName = "sarif";

    public override string Source => SourceName;

    public override string Format => FormatName;

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind != ContentKind.Json || sniff.RootKind != JsonValueKind.Object || !sniff.Has("runs"))
        {
            return 0;
        }

        // Writers put "version" anywhere; Semgrep puts it after megabytes of runs, so the schema alone must do.
        if (sniff.Has("$schema") && SarifSchema().IsMatch(sniff.Head))
        {
            return 95;
        }

        return sniff.Has("version") && sniff.Has("runs[].tool") && Version210().IsMatch(sniff.Head) ? 85 : 0;
    }

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return ParseResult.Reject("/", $"expected a SARIF log object but found {root.ValueKind}", null);
            yield break;
        }

        foreach (var (runElement, r) in root.Items("runs").Select((e, r) => (e, r)))
        {
            var run = SarifRun.From(runElement);
            foreach (var (result, i) in runElement.Items("results").Select((e, i) => (e, i)))
            {
                foreach (var parsed in RecordMapping.Run($"/runs/{r}/results/{i}", result, () => SarifResultMapper.Map(result, run)))
                {
                    yield return parsed;
                }
            }
        }
    }

    [GeneratedRegex("\"\\$schema\"\\s*:\\s*\"[^\"]*sarif[^\"]*\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SarifSchema();

    [GeneratedRegex("\"version\"\\s*:\\s*\"2\\.1\\.0\"", RegexOptions.CultureInvariant)]
    private static partial Regex Version210();
}

using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Maps the records of one <c>Results[]</c> entry, each rejected alone at its own JSON pointer.</summary>
internal static class TrivyResultMapper
{
    public static IEnumerable<ParseResult> Map(JsonElement result, string pointer, TrivyResultContext context)
    {
        foreach (var (vulnerability, i) in result.Items("Vulnerabilities").Select((v, i) => (v, i)))
        {
            foreach (var parsed in RecordMapping.Run($"{pointer}/Vulnerabilities/{i}", vulnerability, () => [TrivyVulnerabilityMapper.Map(vulnerability, context)]))
            {
                yield return parsed;
            }
        }

        foreach (var (misconfiguration, i) in result.Items("Misconfigurations").Select((m, i) => (m, i)))
        {
            foreach (var parsed in RecordMapping.Run($"{pointer}/Misconfigurations/{i}", misconfiguration, () => [TrivyMisconfigurationMapper.Map(misconfiguration, context)]))
            {
                yield return parsed;
            }
        }

        foreach (var (secret, i) in result.Items("Secrets").Select((s, i) => (s, i)))
        {
            foreach (var parsed in RecordMapping.Run($"{pointer}/Secrets/{i}", secret, () => [TrivySecretMapper.Map(secret, context)]))
            {
                yield return parsed;
            }
        }
    }
}

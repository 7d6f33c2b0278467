using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>
/// <c>trivy k8s --format json</c>: per Kubernetes object (<c>Namespace</c>, <c>Kind</c>, <c>Name</c>) a list of
/// results, grouped under <c>Resources[]</c> (current) or <c>Vulnerabilities[]</c> and <c>Misconfigurations[]</c> (older).
/// </summary>
internal sealed class TrivyKubernetesParser : JsonDocumentParser
{
    private static readonly string[] Groups = ["Resources", "Vulnerabilities", "Misconfigurations"];

    public override string Source => TrivyKeys.Source;

    public override string Format => "trivy-k8s";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json
        && sniff.RootKind == JsonValueKind.Object
        && sniff.Has("ClusterName")
        && Groups.Any(g => sniff.Has($"{g}[].Kind") && sniff.HasAny($"{g}[].Results", $"{g}[].Name"))
            ? 95
            : 0;

    protected override IEnumerable<ParseResult> Map(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield return ParseResult.Reject("/", $"expected a Trivy Kubernetes report object but found {root.ValueKind}", null);
            yield break;
        }

        var cluster = root.Str("ClusterName");
        foreach (var group in Groups)
        {
            foreach (var (workload, w) in root.Items(group).Select((o, w) => (o, w)))
            {
                var ns = workload.Str("Namespace");
                var kind = workload.Str("Kind");
                var name = workload.Str("Name");
                foreach (var (result, r) in workload.Items("Results").Select((o, r) => (o, r)))
                {
                    var context = new TrivyResultContext(
                        Format,
                        TrivyKeys.Join(cluster, ns, kind, name),
                        result.Str("Target") ?? string.Empty,
                        result.Str("Type"),
                        null,
                        _ => ResourceIds.Kubernetes(
                            cluster, ns, RecordMapping.Require(kind, "Kubernetes Kind"), RecordMapping.Require(name, "Kubernetes Name")));
                    foreach (var parsed in TrivyResultMapper.Map(result, $"/{group}/{w}/Results/{r}", context))
                    {
                        yield return parsed;
                    }
                }
            }
        }
    }
}

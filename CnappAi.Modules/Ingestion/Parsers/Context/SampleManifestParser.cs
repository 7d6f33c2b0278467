using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Context;

/// <summary>
/// The ground-truth manifest the <c>sample</c> verb writes beside its payloads (docs/sample-tenant.md): NDJSON lines
/// of header, account, resource, problem and attack-path records. Recognised so importing a sample folder reports
/// no unknown file; each line is checked, and none is a finding.
/// </summary>
internal sealed class SampleManifestParser : JsonRecordParser
{
    public const string Schema = "cnappai-sample-manifest/1";

    public override string Source => "cnappai-manifest";

    public override string Format => "sample-manifest";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind is ContentKind.Ndjson or ContentKind.Json
            && sniff.Has("manifest") && sniff.Has("schema") && sniff.Has("generator") && sniff.Has("counts.observations")
            ? 95
            : 0;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record)
    {
        var kind = RecordMapping.Require(record.Str("manifest"), "manifest (the record kind)");
        switch (kind)
        {
            case "header":
                var schema = RecordMapping.Require(record.Str("schema"), "schema");
                if (schema != Schema)
                {
                    throw new RecordRejectedException($"manifest schema '{schema}' is not supported (expected {Schema})");
                }

                Number(record, "counts.observations");
                Number(record, "counts.findings");
                break;
            case "account":
                RecordMapping.Require(record.Str("cloud"), "cloud");
                RecordMapping.Require(record.Str("id"), "id");
                break;
            case "resource":
                RecordMapping.Require(record.Str("uid"), "uid");
                RecordMapping.Require(record.Str("kind"), "kind");
                break;
            case "problem":
                RecordMapping.Require(record.Str("id"), "id");
                RecordMapping.Require(record.Str("resource"), "resource");
                NonEmpty(record, "observations", o => (o.Str("source"), o.Str("id")) is ({ Length: > 0 }, { Length: > 0 }), "a source and an id");
                break;
            case "attack-path":
                RecordMapping.Require(record.Str("id"), "id");
                NonEmpty(record, "steps", s => s.Str("resource") is { Length: > 0 }, "a resource");
                break;
            default:
                throw new RecordRejectedException($"unknown manifest record '{kind}'");
        }

        return [];
    }

    private static void Number(JsonElement record, string path)
    {
        if (record.Num(path) is not >= 0)
        {
            throw new RecordRejectedException($"record has no {path}");
        }
    }

    private static void NonEmpty(JsonElement record, string path, Func<JsonElement, bool> valid, string what)
    {
        var items = record.Items(path).ToList();
        if (items.Count == 0)
        {
            throw new RecordRejectedException($"record has no {path}");
        }

        if (!items.All(i => i.ValueKind == JsonValueKind.Object && valid(i)))
        {
            throw new RecordRejectedException($"every entry of {path} needs {what}");
        }
    }
}

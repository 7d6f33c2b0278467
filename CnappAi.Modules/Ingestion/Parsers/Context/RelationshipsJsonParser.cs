using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Context;

/// <summary>
/// A relationships export for the attack-path graph (docs/context-files.md): <c>{"edges":[{"source","target",
/// "relationship"}]}</c>, streamed. Each edge is checked here (known relationship, recognisable ids); the import
/// applies the file to the asset inventory (exposure, relations), and it yields no findings.
/// </summary>
internal sealed class RelationshipsJsonParser : JsonRecordParser
{
    public override string Source => "relationships";

    public override string Format => "relationships-json";

    protected override IReadOnlyList<string> ArrayPaths => ["edges"];

    public override int Detect(FileSniff sniff)
    {
        if (sniff.Kind != ContentKind.Json || sniff.RootKind != JsonValueKind.Object)
        {
            return 0;
        }

        if (sniff.Has("edges[].source") && sniff.Has("edges[].target") && sniff.Has("edges[].relationship"))
        {
            return 95;
        }

        // An export with no edges yet still carries its schema marker.
        return sniff.Has("edges") && sniff.Has("schema") && sniff.HasAny("exportedBy", "generatedAt") ? 60 : 0;
    }

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record)
    {
        RelationshipEdge.Check(record.Str("source"), record.Str("target"), record.Str("relationship"));
        return [];
    }
}

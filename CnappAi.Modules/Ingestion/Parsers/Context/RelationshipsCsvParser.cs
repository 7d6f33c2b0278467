using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Context;

/// <summary>The relationships export as CSV (<c>source,target,relationship[,detail]</c>), for graph tools that export tables.</summary>
internal sealed class RelationshipsCsvParser : CsvRecordParser
{
    private static readonly HashSet<string> Allowed = new(["source", "target", "relationship", "detail"], StringComparer.OrdinalIgnoreCase);

    public override string Source => "relationships";

    public override string Format => "relationships-csv";

    // Exactly these columns: generic words like "source" and "target" must not claim some other table.
    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Csv && sniff.HasColumns("source", "target", "relationship") && sniff.CsvHeader.All(Allowed.Contains) ? 90 : 0;

    protected override IEnumerable<NormalizedObservation> Map(CsvRow row)
    {
        RelationshipEdge.Check(row.Get("source"), row.Get("target"), row.Get("relationship"));
        return [];
    }
}

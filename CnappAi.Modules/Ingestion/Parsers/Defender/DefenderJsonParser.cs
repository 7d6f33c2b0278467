using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>
/// Base of the Defender JSON formats. Every one routes each record by its own type, so a page that mixes
/// alerts and assessments still maps in full; the formats differ only in what their detection recognises.
/// </summary>
internal abstract class DefenderJsonParser : JsonRecordParser
{
    public override string Source => "defender";

    protected override IReadOnlyList<string> ArrayPaths => DefenderLayouts.ArrayPaths;

    protected override IEnumerable<NormalizedObservation> Map(JsonElement record) => DefenderRecordRouter.Map(record, Format);
}

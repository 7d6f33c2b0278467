using CnappAi.Modules.SampleTenant.Catalog;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>
/// One tool's record of a problem. <see cref="RecordId"/> is the id the tool gives its record; <see cref="SourceId"/> is
/// the source finding id the importer derives from it (the same, except Lacework's composite keys and Defender's
/// lower-cased ARM ids). <see cref="RepeatedInPreviousWindow"/> marks a Lacework row that the previous day's search
/// also returned: two observations of one finding.
/// </summary>
internal sealed record Sighting(
    Tool Tool,
    OutputStream Stream,
    string RecordId,
    string SourceId,
    Level Level,
    SightingState State,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? ResolvedAt,
    VendorRule? Rule,
    bool RepeatedInPreviousWindow = false,
    Acceptance? Acceptance = null)
{
    public string Source => ToolNames.Source(Tool);
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.QueryFindings;

/// <summary>
/// The index that returns rows in a sort's order (declared in <c>FindingRecordConfiguration</c> under EF's default
/// names); null for sorts without one, which are read through the filters' indexes and sorted.
/// </summary>
internal static class SortIndexes
{
    public static string? For(FindingQuery query) => query.Sort switch
    {
        FindingSort.Risk => "IX_normalization_findings_RiskScore_Id",
        FindingSort.LastSeen => "IX_normalization_findings_LastSeen_Id",
        FindingSort.Priority => "IX_normalization_findings_Priority_RiskScore",
        _ => null,
    };
}

namespace CnappAi.Modules.Normalization.Data;

/// <summary>
/// The source's record verbatim, kept apart from <see cref="FindingRecord"/> so the findings table stays
/// narrow for paging at a million rows (table <c>normalization_raw_records</c>).
/// </summary>
internal sealed class RawRecord
{
    public required string FindingId { get; set; }
    public required string Raw { get; set; }
}

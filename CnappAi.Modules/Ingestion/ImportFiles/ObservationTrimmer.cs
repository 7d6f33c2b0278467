using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>
/// Bounds display fields so one vendor record with a megabyte-long title cannot bloat every page that
/// lists it; the raw record keeps the full text.
/// </summary>
internal static class ObservationTrimmer
{
    public const int MaxTitle = 1024;
    public const int MaxDescription = 64 * 1024;

    public static NormalizedObservation Trim(NormalizedObservation o) =>
        o.Title.Length <= MaxTitle && (o.Description?.Length ?? 0) <= MaxDescription
            ? o
            : o with
            {
                Title = Cut(o.Title, MaxTitle)!,
                Description = Cut(o.Description, MaxDescription),
            };

    private static string? Cut(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}

namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// The outcome of an import, printed as JSON by the <c>import</c> verb. <see cref="Findings"/> counts
/// distinct findings (repeats of one source id collapse); <see cref="New"/>, <see cref="Updated"/> and
/// <see cref="Unchanged"/> say what the store did with them.
/// </summary>
public sealed record ImportSummary(
    Guid RunId,
    int Files,
    int Observations,
    int Findings,
    int New,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<ImportFileSummary> PerFile)
{
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Seconds spent per pipeline stage (parse, register, correlate, score, store, context, postPass); parsing overlaps the rest.</summary>
    public IReadOnlyDictionary<string, double> StageSeconds { get; init; } = new Dictionary<string, double>();
}

namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Filters, sort and page for listing findings; every filter is optional and they combine with AND.</summary>
public sealed record FindingQuery
{
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<Severity> Severities { get; init; } = [];
    public IReadOnlyList<FindingStatus> Statuses { get; init; } = [];
    public IReadOnlyList<FindingCategory> Categories { get; init; } = [];
    public IReadOnlyList<CloudProvider> Providers { get; init; } = [];
    public string? Account { get; init; }
    public int? Priority { get; init; }
    public string? Text { get; init; }
    public FindingSort Sort { get; init; } = FindingSort.Risk;
    public bool Descending { get; init; } = true;
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

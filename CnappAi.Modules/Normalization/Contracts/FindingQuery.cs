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

    /// <summary>Any of these priorities (1–4); combines with <see cref="Priority"/>.</summary>
    public IReadOnlyList<int> Priorities { get; init; } = [];

    /// <summary>
    /// Matches the title, resource uid, rule id or a CVE. An unindexed predicate, so it is bounded: it looks at the
    /// <see cref="FindingPage.ScanLimit"/> highest-ranked findings that match the other filters (in the chosen order).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Compliance frameworks the source mapped the finding to (e.g. <c>CIS</c>, <c>PCI</c>), each required; bounded like <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    /// <summary>Only the row that represents each unified finding: one entry per problem, however many tools report it.</summary>
    public bool UnifiedOnly { get; init; }

    /// <summary>Only the members of this unified finding.</summary>
    public string? ClusterId { get; init; }

    public IReadOnlyList<string> Teams { get; init; } = [];
    public IReadOnlyList<string> Environments { get; init; } = [];
    public IReadOnlyList<string> ControlIds { get; init; } = [];
    public string? ResourceUid { get; init; }
    public double? MinRiskScore { get; init; }

    /// <summary>True: only suppressed findings (by the source or by an active exception); false: only unsuppressed ones.</summary>
    public bool? Suppressed { get; init; }

    /// <summary>True: only open, unsuppressed findings past their SLA due date; false: everything else.</summary>
    public bool? SlaBreached { get; init; }
    public FindingSort Sort { get; init; } = FindingSort.Risk;
    public bool Descending { get; init; } = true;
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}

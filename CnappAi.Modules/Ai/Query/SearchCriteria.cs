using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Query;

/// <summary>What to look for in the normalized store; every part is optional and they combine with AND.</summary>
internal sealed record SearchCriteria
{
    public IReadOnlyList<CloudProvider> Providers { get; init; } = [];
    public IReadOnlyList<ResourceClass> Classes { get; init; } = [];
    public string? Region { get; init; }
    public string? Account { get; init; }
    public IReadOnlyList<Severity> Severities { get; init; } = [];
    public IReadOnlyList<FindingCategory> Categories { get; init; } = [];
    public IReadOnlyList<FindingStatus> Statuses { get; init; } = [FindingStatus.Open, FindingStatus.InProgress];
    public IReadOnlyList<string> Cves { get; init; } = [];
    public IReadOnlyList<Concept> Concepts { get; init; } = [];

    /// <summary>Business context read from the resource's tags: <c>pii</c>, <c>prod</c>, a team name.</summary>
    public string? DataClassification { get; init; }
    public string? Environment { get; init; }
    public string? OwnerTeam { get; init; }

    /// <summary>Words left over once the rest was understood; they rank matches rather than filter them.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public int Top { get; init; } = 10;

    public bool CountOnly { get; init; }

    /// <summary>How the question was read, for the answer's <c>interpretation</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add(parts, "status", Statuses.Select(s => s.ToString().ToLowerInvariant()));
        Add(parts, "provider", Providers.Select(p => p.ToString().ToLowerInvariant()));
        Add(parts, "resource", Classes.Select(c => c.ToString().ToLowerInvariant()));
        Add(parts, "region", Region is null ? [] : [Region]);
        Add(parts, "account", Account is null ? [] : [Account]);
        Add(parts, "severity", Severities.Select(s => s.ToString().ToLowerInvariant()));
        Add(parts, "category", Categories.Select(c => c.ToString().ToLowerInvariant()));
        Add(parts, "cve", Cves);
        Add(parts, "about", Concepts.Select(c => c.Name));
        Add(parts, "data", DataClassification is null ? [] : [DataClassification]);
        Add(parts, "environment", Environment is null ? [] : [Environment]);
        Add(parts, "owner", OwnerTeam is null ? [] : [OwnerTeam]);
        Add(parts, "words", Keywords);
        return parts.Count == 0 ? "all open findings" : string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string name, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            parts.Add($"{name}={string.Join("|", list)}");
        }
    }
}

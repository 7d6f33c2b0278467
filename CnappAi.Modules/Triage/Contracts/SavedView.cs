namespace CnappAi.Modules.Triage.Contracts;

/// <summary>A person's named explorer view: the filters and sort as a <c>FindingQueryString</c>.</summary>
public sealed record SavedView(Guid Id, string Name, string Query, DateTimeOffset SavedAt);

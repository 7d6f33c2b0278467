namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>One control of a framework and the shared controls (the correlation catalogue) that map to it.</summary>
public sealed record FrameworkControl(string FrameworkId, string Id, string Title, IReadOnlyList<string> SharedControlIds);

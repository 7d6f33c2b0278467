namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// The sample organisation's teams and the applications they own. <see cref="Application.Stack"/> is the
/// language its container images are built on (java, node, python, go), which decides their library CVEs.
/// </summary>
internal static class Applications
{
    public static IReadOnlyList<Application> All { get; } =
    [
        new("payments-api", "payments", "pci", "critical", "java"),
        new("checkout", "payments", "pci", "critical", "java"),
        new("ledger", "payments", "pci", "high", "java"),
        new("fraud-scoring", "risk", "pii", "high", "python"),
        new("auth-service", "identity", "pii", "critical", "go"),
        new("user-profile", "identity", "pii", "high", "node"),
        new("storefront", "web", "public", "high", "node"),
        new("search", "web", "internal", "medium", "java"),
        new("mobile-gateway", "mobile", "pii", "high", "go"),
        new("notifications", "mobile", "internal", "medium", "node"),
        new("data-lake", "data-platform", "pii", "high", "python"),
        new("etl-pipelines", "data-platform", "confidential", "medium", "python"),
        new("reporting", "analytics", "confidential", "medium", "python"),
        new("bi-dashboards", "analytics", "internal", "low", "node"),
        new("ci-runners", "platform", "internal", "medium", "go"),
        new("observability", "platform", "internal", "medium", "go"),
        new("model-training", "ml", "confidential", "medium", "python"),
        new("helpdesk", "support", "pii", "medium", "node"),
    ];

    public static IReadOnlyList<string> Teams { get; } = [.. All.Select(a => a.Team).Distinct(StringComparer.Ordinal)];

    public static Application Named(string slug) => All.First(a => a.Slug == slug);

    public static IReadOnlyList<Application> OfTeam(string team) => [.. All.Where(a => a.Team == team)];
}

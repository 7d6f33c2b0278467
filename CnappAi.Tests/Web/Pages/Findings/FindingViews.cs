using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Pages.Findings;

internal static class FindingViews
{
    public static FindingView View(string id, string title, Severity severity = Severity.High) => new()
    {
        Id = id,
        Source = "wiz",
        SourceFindingId = id,
        Format = "wiz-test",
        Category = FindingCategory.Misconfiguration,
        Title = title,
        Severity = severity,
        Status = FindingStatus.Open,
        Resource = Observations.Instance,
        ClusterId = "cluster-" + id,
        RiskScore = 7.5,
        Priority = 2,
    };
}

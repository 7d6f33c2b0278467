using CnappAi.Modules.Ai.Context;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>The facts about a finding that go into a prompt's data block (snake_case once serialised).</summary>
internal static class FindingPromptInput
{
    public static object From(AiFindingContext c, object? reference = null)
    {
        var f = c.Finding;
        return new
        {
            Finding = new
            {
                f.Id, f.Source, f.Title, f.Description, Category = f.Category.ToString(), Severity = f.Severity.ToString(), f.SourceSeverity,
                Status = f.Status.ToString(), f.Cves, f.Cvss, f.RuleId, f.Package, f.PackageVersion, f.FixedVersion, f.FirstSeen, f.LastSeen,
                f.RiskScore, Priority = $"P{f.Priority}",
            },
            Resource = new { f.Resource.Uid, Provider = f.Resource.Provider.ToString(), f.Resource.Account, f.Resource.Region, f.Resource.Type, Class = f.Resource.Class.ToString(), f.Resource.Name },
            Corroborating = c.Corroborating.Take(10).Select(o => new { o.Id, o.Source, o.Title, Severity = o.Severity.ToString(), Status = o.Status.ToString() }),
            Asset = c.Asset,
            Control = c.Control is null ? null : new { c.Control.Id, c.Control.Title, c.Control.Domain },
            RiskFactors = c.RiskFactors,
            RiskBreakdown = c.Risk,
            RawRecordExcerpt = c.RawRecordExcerpt,
            Reference = reference,
        };
    }
}

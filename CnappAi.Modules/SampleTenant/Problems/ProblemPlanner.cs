using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>
/// Decides what is wrong with an ordinary asset: a dozen or more CVEs on machines and images, a few failed
/// controls (more, and noisier, in dev), now and then a leaked key or a live threat, each seen by some of the
/// tools that watch the asset.
/// </summary>
internal sealed class ProblemPlanner(ProblemBuilder builder)
{
    public List<Problem> Plan(Asset asset, SampleRandom random)
    {
        var problems = new List<Problem>();
        var coverage = ToolCoverage.Choose(asset, random);
        if (coverage.Count == 0)
        {
            return problems;
        }

        PlanVulnerabilities(asset, random, coverage, problems);
        foreach (var control in ControlCatalog.For(asset))
        {
            if (random.Chance(ControlOdds(control, asset)))
            {
                var draft = new ProblemDraft(control.Kind, asset, control.Level, Control: control);
                var publicByDesign = control.Kind == ProblemKind.DataExposure && asset.Classification == "public";
                Add(random, draft, coverage, problems, publicByDesign ? Disposition.AcceptedRisk : null);
            }
        }

        foreach (var threat in ThreatCatalog.For(asset))
        {
            if (random.Chance(0.03))
            {
                Add(random, new ProblemDraft(ProblemKind.Threat, asset, threat.Level, Threat: threat), coverage, problems, random.Chance(0.2) ? Disposition.Resolved : Disposition.Open);
            }
        }

        return problems;
    }

    private void PlanVulnerabilities(Asset asset, SampleRandom random, IReadOnlyList<Tool> coverage, List<Problem> problems)
    {
        if (!ToolCoverage.VulnerabilityTools(asset).Any(coverage.Contains))
        {
            return;
        }

        var pool = CveCatalog.For(asset, asset.Kind == AssetKind.Vm && (asset.Name.Contains("-web-", StringComparison.Ordinal) || random.Chance(0.15)));
        var (min, max) = (asset.Kind, asset.Stage) switch
        {
            (AssetKind.Function, _) => (1, 4),
            (AssetKind.Image, Stage.Dev) => (12, 32),
            (AssetKind.Image, _) => (10, 30),
            (_, Stage.Dev) => (12, 34),
            (_, Stage.Staging) => (8, 26),
            _ => (10, 30),
        };
        var indices = Enumerable.Range(0, pool.Count).ToArray();
        var count = Math.Min(random.Between(min, max), pool.Count);
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Next(indices.Length - i);
            (indices[i], indices[j]) = (indices[j], indices[i]);
            var cve = pool[indices[i]];
            Add(random, new ProblemDraft(ProblemKind.Vulnerability, asset, cve.Level, Cve: cve), coverage, problems, null);
        }
    }

    private void Add(SampleRandom random, ProblemDraft draft, IReadOnlyList<Tool> coverage, List<Problem> problems, Disposition? forced)
    {
        var capable = draft.CapableTools.Where(coverage.Contains).ToList();
        if (capable.Count == 0)
        {
            return;
        }

        var tools = capable.Where(_ => random.Chance(0.85)).ToList();
        if (tools.Count == 0)
        {
            tools.Add(capable[random.Next(capable.Count)]);
        }

        problems.Add(builder.Build(random, draft, tools, forced ?? Decide(random, draft)));
    }

    private static Disposition Decide(SampleRandom random, ProblemDraft draft)
    {
        var acceptOdds = draft.Cve?.Kev == true ? 0 : draft.Asset.Stage == Stage.Dev ? 0.10 : 0.03;
        var roll = random.NextDouble();
        return roll < acceptOdds ? Disposition.AcceptedRisk : roll < acceptOdds + 0.09 ? Disposition.Resolved : Disposition.Open;
    }

    private static double ControlOdds(ControlEntry control, Asset asset) => control switch
    {
        { Kind: ProblemKind.DataExposure } => asset.Classification == "public" ? 0.6 : 0.05,
        { Kind: ProblemKind.Secret } => 0.03,
        { Noise: true } => asset.Stage == Stage.Dev ? 0.5 : 0.15,
        _ => asset.Stage switch { Stage.Dev => 0.4, Stage.Staging => 0.35, _ => 0.32 },
    };
}

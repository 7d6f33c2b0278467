using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.RuleEngine.Fixes;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>The rule engine's fix: the catalogue's templates for the finding's control and provider, filled in for its resource.</summary>
internal static class FixRules
{
    private const string DraftCaveat = "This is a draft: review it, apply it through your normal change process, and re-scan. Nothing has been changed.";

    public static FixProposal Propose(AiFindingContext context)
    {
        var finding = context.Finding;
        var controlId = context.Control?.Id;
        var values = FixVariables.For(finding, controlId);
        var snippets = new List<FixSnippet>();
        if (finding.Category == FindingCategory.Vulnerability && (finding.Package is not null || finding.Resource.Class == ResourceClass.Vm))
        {
            snippets.AddRange(PackageFixes.For(finding, values));
        }

        foreach (var id in TemplateControls(finding, controlId))
        {
            snippets.AddRange(FixCatalog.For(id, finding.Resource).Select(t => new FixSnippet(t.Format, t.Title, FixVariables.Render(t.Code, values))));
        }

        if (snippets.Count == 0)
        {
            snippets.Add(InspectSnippet(finding, values));
        }

        var guide = GuideFor(finding, controlId);
        return new FixProposal(
            controlId,
            FixVariables.Render(guide.Instruction, values),
            snippets.DistinctBy(s => s.Code).ToList(),
            [.. guide.Steps.Select(s => FixVariables.Render(s, values))],
            [.. guide.Caveats.Select(c => FixVariables.Render(c, values)), DraftCaveat]);
    }

    /// <summary>The one sentence triage hands the owning team.</summary>
    public static string Instruction(AiFindingContext context) =>
        FixVariables.Render(GuideFor(context.Finding, context.Control?.Id).Instruction, FixVariables.For(context.Finding, context.Control?.Id));

    private static FixGuide GuideFor(FindingView finding, string? controlId) =>
        IsThreat(finding, controlId) ? FixGuides.Containment : FixGuides.For(controlId);

    private static bool IsThreat(FindingView finding, string? controlId) =>
        finding.Category == FindingCategory.Threat || (controlId?.StartsWith("threat.", StringComparison.Ordinal) ?? false);

    private static IEnumerable<string> TemplateControls(FindingView finding, string? controlId)
    {
        if (IsThreat(finding, controlId))
        {
            yield return ThreatFixes.ControlId;
        }

        if (controlId is null)
        {
            yield break;
        }

        yield return controlId;

        // A host vulnerability is fixed by patching, whichever vulnerability control it was filed under.
        if (finding.Resource.Class == ResourceClass.Vm && controlId is "vulnerability.known-exploited" or "vulnerability.package")
        {
            yield return "compute.os-patching";
        }
    }

    private static FixSnippet InspectSnippet(FindingView finding, IReadOnlyDictionary<string, string> v) => finding.Resource.Provider switch
    {
        CloudProvider.Aws => new(FixFormat.AwsCli, "Inspect the resource's current configuration",
            FixVariables.Render("aws configservice select-resource-config --expression \"SELECT configuration WHERE arn = '{{uid}}'\"", v)),
        CloudProvider.Azure => new(FixFormat.AzureCli, "Inspect the resource's current configuration", FixVariables.Render("az resource show --ids {{uid}}", v)),
        CloudProvider.Gcp => new(FixFormat.GcloudCli, "Inspect the resource's current configuration",
            FixVariables.Render("gcloud asset search-all-resources --scope=projects/{{project}} --query='name=\"{{uid}}\"'", v)),
        CloudProvider.Kubernetes => new(FixFormat.Kubernetes, "Inspect the object", FixVariables.Render("kubectl -n {{namespace}} get {{kind}} {{name}} -o yaml", v)),
        _ => new(FixFormat.Shell, "Find where it was introduced", FixVariables.Render("git log --oneline -- '{{name}}'", v)),
    };
}

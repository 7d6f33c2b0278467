using CnappAi.Modules.IacGate.EvaluateScan;
using CnappAi.Modules.IacGate.Fixes;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Explanations and fixes from the gate's own catalogue; for rules it does not know, the scanner's own description.</summary>
internal sealed class CatalogueExplainer : IIssueExplainer
{
    public const string ScannerSource = "scanner";

    private static readonly string[] LocationPrefixes =
        ["Tool:", "Location:", "Symbol:", "Help:", "Resource:", "File:", "Framework:", "Platform id:", "Skipped:", "Guideline:"];

    public ValueTask<IssueExplanation> ExplainAsync(ScannedCheck check, RuleGuidance? guidance, CancellationToken ct)
    {
        if (guidance is null)
        {
            return ValueTask.FromResult(new IssueExplanation(ScannerText(check), ScannerSource, null));
        }

        var fix = SnippetFixer.Fix(guidance.Fixes, check.Language, check.ResourceType, check.ResourceName, check.Snippet);
        return ValueTask.FromResult(new IssueExplanation(guidance.Explanation, SnippetFixer.Source, fix));
    }

    /// <summary>What the scanner says about the rule (its message and rule descriptions), without the location lines the parser added.</summary>
    private static string ScannerText(ScannedCheck check)
    {
        var title = check.Observation.Title.Trim();
        var lines = (check.Observation.Description ?? string.Empty).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !LocationPrefixes.Any(p => l.StartsWith(p, StringComparison.Ordinal)) && l != title)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var text = lines.Count > 0 ? $"{title}. {string.Join(' ', lines)}" : $"{title}.";
        return $"{text} ({check.Tool} rule {check.RuleId}; the gate's catalogue has no entry for it, so this is the scanner's own description.)";
    }
}

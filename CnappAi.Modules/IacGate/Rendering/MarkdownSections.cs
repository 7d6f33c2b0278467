using System.Globalization;
using System.Text;
using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Rendering.MarkdownText;

namespace CnappAi.Modules.IacGate.Rendering;

/// <summary>The parts of the comment around the new issues: verdict and counts, then existing, fixed and unreadable records, collapsed.</summary>
internal static class MarkdownSections
{
    /// <summary>Past this length nothing more is listed, keeping the comment under the 65,536-character limit.</summary>
    public const int HardLimit = 60_000;

    public static readonly Severity[] Order = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public static void WriteHeader(StringBuilder md, GateReport report)
    {
        var t = report.Totals;
        var failOn = report.FailOn.ToString();
        md.Append(report.Outcome == GateOutcome.Fail
            ? $"## ❌ IaC security gate failed: {t.Blocking} new {Plural(t.Blocking, "issue")} at {failOn} or above\n\n"
            : $"## ✅ IaC security gate passed: no new blocking issues at {failOn} or above\n\n");
        var tools = report.Scan.Tools.Count > 0 ? $" ({Inline(string.Join(", ", report.Scan.Tools))})" : string.Empty;
        var target = report.Scan.Repository is { } repo ? $" · {Inline(repo)}@{Inline(report.Scan.Branch)}" : string.Empty;
        md.Append(CultureInfo.InvariantCulture, $"Scan {Inline(Path.GetFileName(report.Scan.File))}{tools}{target} · compared with {Inline(report.Baseline.Description)}");
        if (report.Scan.Workspace is { } workspace)
        {
            md.Append(CultureInfo.InvariantCulture, $" · workspace {Inline(workspace)}");
        }

        md.Append("\n\n| Severity | New | Blocking | Existing |\n|---|---:|---:|---:|\n");
        foreach (var severity in Order)
        {
            var group = report.Issues.Where(i => i.Severity == severity).ToList();
            if (group.Count > 0)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Icon(severity)} {severity} | {group.Count(i => i.Status == GateIssueStatus.New)} | {group.Count(i => i.Blocking)} | {group.Count(i => i.Status == GateIssueStatus.Existing)} |\n");
            }
        }

        md.Append(CultureInfo.InvariantCulture, $"| **Total** | **{t.New}** | **{t.Blocking}** | **{t.Existing}** |\n\n");
        var notes = new List<string>();
        if (t.LikelyFalsePositives > 0)
        {
            notes.Add($"{t.LikelyFalsePositives} likely false {Plural(t.LikelyFalsePositives, "positive")}" + (report.Scan.Strict ? " (strict mode: they block too)" : " (not blocking)"));
        }

        if (t.Accepted > 0)
        {
            notes.Add($"{t.Accepted} accepted {Plural(t.Accepted, "exception")} (not blocking)");
        }

        if (t.Fixed > 0)
        {
            notes.Add($"{t.Fixed} baseline {Plural(t.Fixed, "issue")} fixed");
        }

        if (notes.Count > 0)
        {
            md.Append(string.Join(" · ", notes)).Append('\n');
        }

        if (t.Rejected > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n> ⚠️ {t.Rejected} {Plural(t.Rejected, "record")} of the scan could not be read and were not judged (listed at the end).\n");
        }
    }

    public static void WriteExisting(StringBuilder md, GateReport report)
    {
        var existing = report.Issues.Where(i => i.Status == GateIssueStatus.Existing).ToList();
        if (existing.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"\n<details>\n<summary>{existing.Count} existing {Plural(existing.Count, "issue")} (already in the baseline; not blocking)</summary>\n\n");
        foreach (var issue in existing.TakeWhile(_ => md.Length < HardLimit))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {issue.Priority} {Inline(issue.RuleId)} {Inline(issue.Title, 150)} · {Inline(issue.Resource ?? issue.File, 150)}\n");
        }

        md.Append("\n</details>\n");
    }

    public static void WriteFixed(StringBuilder md, GateReport report)
    {
        if (report.Fixed.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"\n<details>\n<summary>🎉 {report.Fixed.Count} baseline {Plural(report.Fixed.Count, "issue")} no longer reported</summary>\n\n");
        foreach (var gone in report.Fixed.TakeWhile(_ => md.Length < HardLimit))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {Inline(gone.RuleId)} {Inline(gone.Title, 150)} · {Inline(gone.Resource ?? gone.File, 150)}\n");
        }

        md.Append("\n</details>\n");
    }

    public static void WriteRejected(StringBuilder md, GateReport report)
    {
        if (report.Rejected.Count == 0)
        {
            return;
        }

        md.Append("\n<details>\n<summary>⚠️ Records that could not be read</summary>\n\n");
        foreach (var error in report.Rejected.TakeWhile(_ => md.Length < HardLimit))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {Inline(error.Location, 100)}: {Inline(error.Message)}\n");
        }

        md.Append("\n</details>\n");
    }

    public static string Icon(Severity severity) => severity switch
    {
        Severity.Critical => "🔴",
        Severity.High => "🟠",
        Severity.Medium => "🟡",
        Severity.Low => "🔵",
        _ => "⚪",
    };

    public static string Plural(int count, string word) => count == 1 ? word : word + "s";
}

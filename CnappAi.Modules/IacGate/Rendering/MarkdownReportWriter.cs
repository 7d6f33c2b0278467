using System.Globalization;
using System.Text;
using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Rendering.MarkdownText;

namespace CnappAi.Modules.IacGate.Rendering;

/// <summary>
/// The pull-request comment: verdict and counts first, then new issues grouped by severity, each in a collapsible
/// block with the explanation, control, frameworks and secure snippet; existing, fixed and unreadable records
/// collapsed at the end. Stays under the 65,536-character limit of GitHub and Azure DevOps comments.
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>Past this length issues are listed one line each; past <see cref="MarkdownSections.HardLimit"/> they are only counted.</summary>
    private const int DetailBudget = 50_000;

    public static string Write(GateReport report)
    {
        var md = new StringBuilder();
        MarkdownSections.WriteHeader(md, report);
        var fresh = report.Issues.Where(i => i.Status == GateIssueStatus.New).ToList();
        var omitted = 0;
        foreach (var severity in MarkdownSections.Order)
        {
            var group = fresh.Where(i => i.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            md.Append(CultureInfo.InvariantCulture, $"\n### {MarkdownSections.Icon(severity)} {severity} ({group.Count} new)\n\n");
            foreach (var issue in group)
            {
                if (md.Length < DetailBudget)
                {
                    WriteIssue(md, issue);
                }
                else if (md.Length < MarkdownSections.HardLimit)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- {Summary(issue)}\n");
                }
                else
                {
                    omitted++;
                }
            }
        }

        if (omitted > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n… and {omitted} more new issues; the JSON report (--format json) lists every one.\n");
        }

        MarkdownSections.WriteExisting(md, report);
        MarkdownSections.WriteFixed(md, report);
        MarkdownSections.WriteRejected(md, report);
        return md.ToString();
    }

    private static void WriteIssue(StringBuilder md, GateIssue issue)
    {
        md.Append(CultureInfo.InvariantCulture, $"<details>\n<summary>{Summary(issue)}</summary>\n\n");
        md.Append(CultureInfo.InvariantCulture, $"**What is wrong.** {Inline(issue.Explanation, 1500)}\n\n");
        if (issue.Control is { } control)
        {
            md.Append(CultureInfo.InvariantCulture, $"**Control.** {Inline(control.Id)}: {Inline(control.Title)}");
            md.Append(control.Frameworks.Count > 0 ? $" · {Inline(string.Join(", ", control.Frameworks), 600)}\n\n" : "\n\n");
        }

        if (issue.Fix is { } fix)
        {
            var origin = fix.Edited ? "your code with the fix applied" : "secure example";
            md.Append(CultureInfo.InvariantCulture, $"**Secure version** ({origin}): {Inline(fix.Summary)}\n\n");
            md.Append(Fence(SnippetExcerpt.Of(fix.Snippet, fix.ChangedLines, "#"), fix.Language)).Append("\n\n");
        }

        if (issue.LikelyFalsePositive is { } reason)
        {
            md.Append(CultureInfo.InvariantCulture, $"**Likely false positive:** {Inline(reason)}.\n\n");
        }

        if (issue.Accepted is { } accepted)
        {
            var until = accepted.Expires is { } e ? $" until {e:yyyy-MM-dd}" : string.Empty;
            var owner = accepted.Owner is { } o ? $" (owner {Inline(o)}{until})" : until;
            md.Append(CultureInfo.InvariantCulture, $"**Accepted:** {Inline(accepted.Reason)}{owner}.\n\n");
        }

        foreach (var note in issue.Notes)
        {
            md.Append(CultureInfo.InvariantCulture, $"**Note:** {Inline(note)}\n\n");
        }

        var help = SafeLink(issue.HelpUri) is { } link ? $" · [rule documentation]({link})" : string.Empty;
        md.Append(CultureInfo.InvariantCulture, $"<sub>{Inline(issue.Tool)} rule {Inline(issue.RuleId)} · risk {issue.RiskScore.ToString("0.0", CultureInfo.InvariantCulture)} · fingerprint {issue.Fingerprint}{help}</sub>\n\n</details>\n\n");
    }

    /// <summary>One line for the collapsed summary (an HTML block: encoded, not Markdown-escaped).</summary>
    private static string Summary(GateIssue issue)
    {
        var state = issue switch
        {
            { Blocking: true } => "🚫 BLOCKING",
            { Accepted: not null } => "✔️ ACCEPTED",
            { LikelyFalsePositive: not null } => "🧪 LIKELY FALSE POSITIVE",
            { Status: GateIssueStatus.New } => "NEW",
            _ => "EXISTING",
        };
        var resource = issue.Resource is { } r ? $" <code>{Html(r, 120)}</code> in" : " in";
        var lines = issue.StartLine is { } s ? (issue.EndLine is { } e && e != s ? $":{s}-{e}" : $":{s}") : string.Empty;
        return $"<b>{issue.Priority}</b> {state} · <code>{Html(issue.RuleId, 120)}</code> {Html(issue.Title, 200)} —{resource} <code>{Html(issue.File, 200)}{lines}</code>";
    }

    private static string? SafeLink(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;
}

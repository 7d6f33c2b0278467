using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using CnappAi.Modules.Compliance.Contracts;
using CsvHelper;

namespace CnappAi.Modules.Compliance.ExportEvidence;

/// <summary>Writes a framework's evidence package: one row per control, tool and resource, as CSV, JSON or an HTML report.</summary>
internal static class EvidenceWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task WriteAsync(FrameworkPosture posture, EvidenceFormat format, TextWriter output, CancellationToken ct)
    {
        var rows = posture.Controls.SelectMany(c => c.Evidence).ToList();
        switch (format)
        {
            case EvidenceFormat.Csv:
                await using (var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    csv.WriteHeader<CsvRow>();
                    await csv.NextRecordAsync().ConfigureAwait(false);
                    foreach (var row in rows)
                    {
                        ct.ThrowIfCancellationRequested();
                        csv.WriteRecord(CsvRow.From(row));
                        await csv.NextRecordAsync().ConfigureAwait(false);
                    }
                }

                break;
            case EvidenceFormat.Json:
                var document = new
                {
                    framework = posture.Framework,
                    asOf = posture.AsOf,
                    summary = new { passed = posture.Passed, failed = posture.Failed, notAssessed = posture.NotAssessed },
                    controls = posture.Controls.Select(c => new { id = c.Control.Id, title = c.Control.Title, result = c.Result, sharedControls = c.Control.SharedControlIds, c.FailingResources, c.PassingResources }),
                    evidence = rows,
                };
                await output.WriteAsync(JsonSerializer.Serialize(document, Json).AsMemory(), ct).ConfigureAwait(false);
                break;
            default:
                await output.WriteAsync(Html(posture).AsMemory(), ct).ConfigureAwait(false);
                break;
        }
    }

    private static string Html(FrameworkPosture p)
    {
        var e = (string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence: {e(p.Framework.Name)}</title>");
        html.Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px;font-size:12px;text-align:left}.fail{color:#b00020}.pass{color:#1b5e20}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{e(p.Framework.Name)} {e(p.Framework.Version)}</h1><p>Evidence as of {p.AsOf:yyyy-MM-dd HH:mm} UTC: {p.Passed} controls pass, {p.Failed} fail, {p.NotAssessed} not assessed.</p>");
        foreach (var control in p.Controls)
        {
            var cls = control.Result == ControlResult.Fail ? "fail" : control.Result == ControlResult.Pass ? "pass" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<h2 class=\"{cls}\">{e(control.Control.Id)} {e(control.Control.Title)}: {Label(control.Result)}</h2>");
            html.Append(CultureInfo.InvariantCulture, $"<p>Shared controls: {e(string.Join(", ", control.Control.SharedControlIds))}</p>");
            if (control.Evidence.Count == 0)
            {
                html.Append("<p>No tool reported on these controls.</p>");
                continue;
            }

            html.Append("<table><tr><th>Check</th><th>Tool</th><th>Checked</th><th>Result</th><th>Status</th><th>Resource</th><th>Finding</th></tr>");
            foreach (var row in control.Evidence)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{e(row.Check)}</td><td>{e(row.Tool)}</td><td>{row.CheckedAt:yyyy-MM-dd HH:mm}</td><td>{Label(row.Result)}</td><td>{e(row.Status)}</td><td>{e(row.ResourceUid)}</td><td>{e(row.FindingId)}</td></tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Label(ControlResult result) => result switch
    {
        ControlResult.Pass => "pass",
        ControlResult.Fail => "fail",
        _ => "not assessed",
    };

    private sealed record CsvRow(
        string Framework, string Control, string ControlTitle, string SharedControl, string Check, string? RuleId,
        string Tool, string? CheckedAt, string Result, string Status, string Resource, string FindingId)
    {
        public static CsvRow From(EvidenceRow r) => new(
            r.FrameworkId, r.ControlId, r.ControlTitle, r.SharedControlId, r.Check, r.RuleId, r.Tool,
            r.CheckedAt?.ToString("O", CultureInfo.InvariantCulture), Label(r.Result), r.Status, r.ResourceUid, r.FindingId);
    }
}

using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Orca;

/// <summary>Orca alerts as the DSL query <c>GET /api/query/alerts</c> pages them (vendor-apis.md 3.3).</summary>
internal sealed class OrcaAlertWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("orca", "alerts"), "orca-alerts", "alerts", StreamLayout.PageSize(OutputStream.OrcaAlerts), total, Envelope))
{
    private static readonly PageEnvelope Envelope = new(
        (w, page) =>
        {
            w.WriteStartObject();
            w.WriteString("version", "0.1.0");
            w.WriteString("status", "success");
            w.WriteNumber("total_items", page.Total);
            w.WriteNumber("total_ungrouped_items", page.Total);
            w.WriteNumber("total_supported_items", 10000);
            w.WriteBoolean("data_grouped", false);
            w.WriteString("next_page_token", page.NextToken);
            w.WriteBoolean("has_next_page_token", !page.IsLast);
            w.WriteStartArray("data");
        },
        (w, _) =>
        {
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private readonly string _organization = StableIds.Guid("orca-organization:" + ctx.Org.WizTenantId);

    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var cve = problem.Cve;
        var title = cve is null ? s.Rule!.Name : $"{cve.Id} in {cve.Package} {cve.Version}";
        w.WriteStartObject();
        w.WriteString("type", cve is null ? Slug(s.Rule!.Name) : "cve_vulnerability");
        w.WriteString("type_string", title);
        w.WriteString("type_key", cve?.Id ?? Slug(s.Rule!.Name));
        w.WriteString("rule_id", s.Rule?.Id ?? "r" + StableIds.Hex("orca-cve:" + cve!.Id, 10));
        w.WriteString("category", s.Rule?.Family ?? "Vulnerabilities");
        w.WriteString("description", title);
        w.WriteString("details", cve?.Description ?? $"{asset.Name}: {s.Rule!.Name}.");
        w.WriteString("recommendation", cve?.Remediation(asset.Platform) ?? "Follow the remediation steps in the Orca console for this alert.");
        w.WriteStartArray("alert_labels");
        w.WriteStringValue(problem.Kind == ProblemKind.Secret ? "mitre: credential access" : "mitre: initial access");
        w.WriteEndArray();
        OrcaAsset.Write(w, asset, _organization);
        OrcaAsset.Model(w, asset);
        w.WriteBoolean("is_compliance", false);
        if (cve is not null)
        {
            w.WriteStartObject("findings");
            w.WriteStartArray("cve");
            w.WriteStartObject();
            w.WriteString("cve_id", cve.Id);
            w.WriteNumber("cvss3_score", cve.Cvss);
            w.WriteString("package_name", cve.Package);
            w.WriteString("package_version", cve.Version);
            w.WriteString("fixed_version", cve.FixedVersion);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteStartObject("data");
        w.WriteString("title", title);
        if (cve is not null)
        {
            w.WriteString("cve_id", cve.Id);
        }

        w.WriteEndObject();
        OrcaState.Write(w, s);
        w.WriteEndObject();
    }

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')).Trim('_');

}

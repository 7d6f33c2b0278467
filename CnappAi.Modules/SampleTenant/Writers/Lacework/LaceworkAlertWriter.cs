using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Lacework;

/// <summary>
/// Alerts as <c>GET /api/v2/Alerts/{alertId}?scope=Details</c> returns them, one response per NDJSON line (how a
/// collector stores the details it fetched for each listed alert). Agent alerts name the machine in a <c>Machine</c>
/// entity; cloud-activity alerts name the ARN in a <c>Resource</c> entity.
/// </summary>
internal sealed class LaceworkAlertWriter(WriterContext ctx, int total)
    : RecordStream(new NdjsonFiles(ctx.Folder("lacework", "alerts"), "alert-details", StreamLayout.PageSize(OutputStream.LaceworkAlerts), total))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var rule = s.Rule!;
        var cloudActivity = asset.Kind == AssetKind.Identity;
        w.WriteStartObject();
        w.WriteStartObject("data");
        w.WriteNumber("alertId", long.Parse(s.RecordId, CultureInfo.InvariantCulture));
        w.WriteString("startTime", Timestamps.Millis(s.FirstSeen));
        w.WriteString("endTime", Timestamps.Millis(s.FirstSeen.AddHours(1)));
        w.WriteString("alertType", rule.Family);
        w.WriteString("severity", Words.Title(s.Level));
        w.WriteString("reachability", "UnknownReachability");
        w.WriteString("internetExposure", asset.InternetFacing ? "InternetExposed" : "UnknownInternetExposure");
        w.WriteStartObject("derivedFields");
        w.WriteString("category", "Anomaly");
        w.WriteString("sub_category", cloudActivity ? "Cloud Activity" : "Application");
        w.WriteString("source", cloudActivity ? asset.Cloud.ToString().ToUpperInvariant() : "Agent");
        w.WriteEndObject();
        w.WriteString("lastUserUpdatedTime", s.ResolvedAt is { } at ? Timestamps.Millis(at) : string.Empty);
        w.WriteString("status", s.State == SightingState.Resolved ? "Closed" : "Open");
        w.WriteString("alertName", rule.Name);
        w.WriteStartObject("alertInfo");
        w.WriteString("subject", $"{rule.Name}: {asset.Name}");
        w.WriteString("description", $"{rule.Name} on {asset.Name} in account {asset.Account.Name}.");
        w.WriteEndObject();
        w.WriteString("policyId", rule.Id);
        w.WriteString("alertSource", cloudActivity ? "CloudTrail" : "Agent");
        w.WriteStartObject("entityMap");
        if (cloudActivity)
        {
            CloudActivity(w, asset);
        }
        else
        {
            Machine(w, asset);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void CloudActivity(Utf8JsonWriter w, Asset role)
    {
        w.WriteStartArray("Resource");
        w.WriteStartObject();
        w.WriteStartObject("KEY");
        w.WriteString("value", role.ProviderId);
        w.WriteEndObject();
        w.WriteStartObject("PROPS");
        w.WriteString("resource_type", "AWS::IAM::Role");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("Region");
        w.WriteStartObject();
        w.WriteStartObject("KEY");
        w.WriteString("region", role.Region.Id);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Machine(Utf8JsonWriter w, Asset vm)
    {
        w.WriteStartArray("Machine");
        w.WriteStartObject();
        w.WriteStartObject("KEY");
        w.WriteNumber("mid", vm.LaceworkMid);
        w.WriteEndObject();
        w.WriteStartObject("PROPS");
        w.WriteString("hostname", vm.Name);
        w.WriteString("internal_ip_addr", vm.PrivateIp);
        w.WriteString("instance_id", vm.Cloud == Cloud.Aws ? vm.NativeId : vm.AltId);
        w.WriteString("account", vm.Account.Id);
        w.WriteString("zone", vm.Zone);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}

using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Defender;

/// <summary>Defender for Cloud security alerts, <c>Microsoft.Security/locations/alerts</c> (vendor-apis.md 10.2).</summary>
internal sealed class DefenderAlertWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("defender", "alerts"), "defender-alerts", "alerts", StreamLayout.PageSize(OutputStream.DefenderAlerts), total,
        DefenderShapes.Envelope("alerts", "2022-01-01")))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var rule = s.Rule!;
        w.WriteStartObject();
        w.WriteString("id", $"/subscriptions/{asset.Account.Id}/resourceGroups/{asset.ResourceGroup}/providers/Microsoft.Security/locations/{asset.Region.Id}/alerts/{s.RecordId}");
        w.WriteString("name", s.RecordId);
        w.WriteString("type", "Microsoft.Security/Locations/alerts");
        w.WriteStartObject("properties");
        w.WriteString("alertType", rule.Id);
        w.WriteString("systemAlertId", s.RecordId);
        w.WriteString("productComponentName", "Servers");
        w.WriteString("alertDisplayName", rule.Name);
        w.WriteString("description", $"Analysis of host data on {asset.Name} detected activity consistent with: {rule.Name.ToLowerInvariant()}.");
        w.WriteString("severity", Words.Defender(s.Level));
        w.WriteString("intent", rule.Family);
        w.WriteString("startTimeUtc", Timestamps.Arm(s.FirstSeen));
        w.WriteString("endTimeUtc", Timestamps.Arm(s.FirstSeen.AddMinutes(5)));
        w.WriteString("timeGeneratedUtc", Timestamps.Arm(s.FirstSeen.AddMinutes(6)));
        w.WriteString("status", s.State switch { SightingState.Resolved => "Resolved", SightingState.InProgress => "InProgress", _ => "Active" });
        w.WriteStartArray("resourceIdentifiers");
        w.WriteStartObject();
        w.WriteString("type", "AzureResource");
        w.WriteString("azureResourceId", asset.ProviderId);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("compromisedEntity", asset.Name);
        w.WriteStartArray("remediationSteps");
        w.WriteStringValue("Review the processes and network connections of the machine.");
        w.WriteStringValue("Isolate the machine and rotate any credentials stored on it.");
        w.WriteEndArray();
        w.WriteString("vendorName", "Microsoft");
        w.WriteString("productName", "Microsoft Defender for Cloud");
        w.WriteString("alertUri", $"https://portal.azure.com/#blade/Microsoft_Azure_Security_AzureDefenderForData/AlertBlade/alertId/{s.RecordId}");
        w.WriteBoolean("isIncident", false);
        w.WriteString("correlationKey", StableIds.Hex("defender-correlation:" + s.RecordId, 40));
        w.WriteStartArray("techniques");
        w.WriteStringValue(rule.Family == "Execution" ? "T1496" : "T1110");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

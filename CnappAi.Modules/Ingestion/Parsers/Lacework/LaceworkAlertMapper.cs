using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>Maps one Lacework v2 alert (from the list, a search, or the <c>scope=Details</c> document).</summary>
internal static partial class LaceworkAlertMapper
{
    public static NormalizedObservation Map(JsonElement alert, string format)
    {
        var id = RecordMapping.Require(alert.Str("alertId"), "alertId");
        var name = alert.Str("alertName")?.Trim();
        var subject = alert.Str("alertInfo.subject")?.Trim();
        var title = RecordMapping.Require(string.IsNullOrEmpty(name) ? subject : name, "alertName");
        var severity = alert.Str("severity");
        var status = alert.Str("status");
        string[] description = [.. new[] { subject == title ? null : subject, alert.Str("alertInfo.description")?.Trim() }
            .Where(t => !string.IsNullOrEmpty(t)).Cast<string>()];
        return new NormalizedObservation
        {
            Source = "lacework",
            SourceFindingId = id,
            Format = format,
            Category = LaceworkScales.AlertCategory(alert.Str("derivedFields.category"), alert.Str("derivedFields.sub_category")),
            Title = title,
            Description = description.Length == 0 ? null : string.Join('\n', description),
            Severity = LaceworkScales.Severities.Map(severity, LaceworkScales.SeverityFallback),
            SourceSeverity = severity,
            Status = LaceworkScales.Statuses.Map(status, LaceworkScales.StatusFallback),
            SourceStatus = status,
            Cves = CveIds.Extract(title, subject),
            RuleId = alert.Str("policyId"),
            Resource = Resource(alert, id, title),
            FirstSeen = alert.Date("startTime"),
            LastSeen = alert.Date("endTime"),
            RawRecord = alert.GetRawText(),
        };
    }

    /// <summary>
    /// Alerts name their subject only in the Details scope's <c>entityMap</c>; an entity key holding a cloud id
    /// (an ARN, an Azure id) is the resource. Otherwise the alert itself stands in, as a vendor-native resource.
    /// </summary>
    private static CanonicalResource Resource(JsonElement alert, string id, string title)
    {
        if (alert.Get("entityMap") is { ValueKind: JsonValueKind.Object } entities)
        {
            var found = entities.EnumerateObject()
                .Where(kind => kind.Value.ValueKind == JsonValueKind.Array)
                .SelectMany(kind => kind.Value.EnumerateArray())
                .SelectMany(entity => entity.Get("KEY") is { ValueKind: JsonValueKind.Object } key ? key.EnumerateObject() : [])
                .Select(property => ResourceIds.Parse(JsonElementExtensions.AsString(property.Value)))
                .FirstOrDefault(resource => resource is not null);
            if ((found ?? MachineOf(entities)) is { } resource)
            {
                return resource;
            }
        }

        return ResourceIds.VendorNative("lacework", $"alert/{id}", Provider(alert.Str("derivedFields.source")), alert.Str("alertType"), title);
    }

    /// <summary>
    /// Agent alerts name their host only as a Machine entity. An AWS instance id (<c>i-…</c>) rebuilds the ARN; a
    /// GCE zone (<c>us-east1-b</c>) rebuilds the instance's full name from project, zone and host name.
    /// </summary>
    private static CanonicalResource? MachineOf(JsonElement entities) =>
        entities.Items("Machine")
            .Select(machine => machine.Get("PROPS") is { ValueKind: JsonValueKind.Object } props ? MachineResource(props) : null)
            .FirstOrDefault(resource => resource is not null);

    private static CanonicalResource? MachineResource(JsonElement props)
    {
        var instance = props.FirstStr("instance_id", "InstanceId");
        var zone = props.Str("zone");
        if (instance?.StartsWith("i-", StringComparison.Ordinal) == true)
        {
            return ResourceIds.AwsFromParts(props.FirstStr("account", "account_id"), LaceworkMachineResource.RegionOfZone(zone), "instance", instance);
        }

        return zone is not null && GceZone().IsMatch(zone)
            ? ResourceIds.GcpFromParts(props.FirstStr("project", "account"), zone, "instance", props.Str("hostname"))
            : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z]+-[a-z]+\d+-[a-z]$")]
    private static partial System.Text.RegularExpressions.Regex GceZone();

    public static CloudProvider Provider(string? source) => source?.Trim().ToUpperInvariant() switch
    {
        "AWS" => CloudProvider.Aws,
        "AZURE" => CloudProvider.Azure,
        "GCP" => CloudProvider.Gcp,
        "K8S" or "KUBERNETES" => CloudProvider.Kubernetes,
        _ => CloudProvider.Unknown,
    };
}

using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// The host of a host vulnerability, rebuilt from the agent's <c>machineTags</c> (§12): an EC2 instance ARN from
/// Account, Zone and InstanceId; a GCE instance from ProjectId, Zone and InstanceName; else the Lacework machine id.
/// </summary>
internal static class LaceworkMachineResource
{
    public static CanonicalResource Resolve(JsonElement record)
    {
        var tags = record.Get("machineTags") ?? default;
        var provider = tags.Str("VmProvider")?.Trim().ToUpperInvariant();
        var zone = tags.Str("Zone");
        var built = provider switch
        {
            "AWS" => ResourceIds.AwsFromParts(tags.Str("Account"), RegionOfZone(zone), "instance", tags.Str("InstanceId")),
            "GCE" or "GCP" => ResourceIds.GcpFromParts(tags.Str("ProjectId"), zone, "instance", tags.FirstStr("InstanceName", "Name")),
            _ => null,
        };
        if (built is not null)
        {
            return built;
        }

        var mid = RecordMapping.Require(record.Str("mid"), "mid or machineTags (the host)");
        var hostname = tags.Str("Hostname") ?? record.Str("evalCtx.hostname");
        return ResourceIds.VendorNative("lacework", $"machine/{mid}", LaceworkAlertMapper.Provider(provider), "machine", hostname);
    }

    /// <summary>AWS availability zone to region: <c>us-east-2c</c> becomes <c>us-east-2</c>.</summary>
    public static string? RegionOfZone(string? zone)
    {
        var text = zone?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var end = text.Length;
        while (end > 0 && char.IsAsciiLetterLower(text[end - 1]))
        {
            end--;
        }

        return end > 0 && end < text.Length && char.IsAsciiDigit(text[end - 1]) ? text[..end] : text;
    }
}

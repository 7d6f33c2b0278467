using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Wiz;

/// <summary>Wiz <c>configurationFindings</c> nodes (vendor-apis.md 1.6): one cloud configuration rule result per resource.</summary>
internal sealed class WizConfigurationWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("wiz", "configuration-findings"), "wiz-config", "configuration-findings", StreamLayout.PageSize(OutputStream.WizConfiguration), total,
        WizShapes.Envelope("configurationFindings")))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var rule = s.Rule!;
        var passed = s.State == SightingState.Resolved;
        w.WriteStartObject();
        w.WriteString("id", s.RecordId);
        w.WriteString("name", rule.Name);
        w.WriteString("analyzedAt", Timestamps.Wiz(s.LastSeen));
        w.WriteString("updatedAt", Timestamps.Wiz(s.LastSeen));
        w.WriteString("firstSeenAt", Timestamps.Wiz(s.FirstSeen));
        w.WriteString("severity", Words.Upper(s.Level));
        w.WriteString("result", passed ? "PASS" : "FAIL");
        w.WriteString("status", passed ? "RESOLVED" : "OPEN");
        w.WriteString("remediation", $"Update the configuration of {asset.Name} so that it complies with \"{rule.Name}\".");
        w.WriteStartObject("resource");
        w.WriteString("id", asset.WizId);
        w.WriteString("providerId", WizShapes.ProviderId(asset));
        w.WriteString("name", asset.Name);
        w.WriteString("nativeType", asset.NativeType);
        w.WriteString("type", WizShapes.GraphType(asset));
        w.WriteString("region", asset.Region.Id);
        w.WriteString("cloudPlatform", WizShapes.Platform(asset));
        w.WriteStartObject("subscription");
        w.WriteString("id", asset.Account.WizSubscriptionId);
        w.WriteString("name", asset.Account.Name);
        w.WriteString("externalId", asset.Account.Id);
        w.WriteString("cloudProvider", asset.Cloud switch { Cloud.Aws => "AWS", Cloud.Azure => "Azure", _ => "GCP" });
        w.WriteEndObject();
        w.WriteStartArray("tags");
        foreach (var (key, value) in AssetTags.For(asset))
        {
            w.WriteStartObject();
            w.WriteString("key", key);
            w.WriteString("value", value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("rule");
        w.WriteString("id", StableIds.Guid("wiz-rule:" + rule.Id));
        w.WriteString("shortId", rule.Id);
        w.WriteString("name", rule.Name);
        w.WriteString("description", $"This rule checks: {rule.Name}.");
        w.WriteString("remediationInstructions", $"Change the resource so that: {rule.Name}.");
        w.WriteEndObject();
        w.WriteStartObject("evidence");
        w.WriteString("currentValue", passed ? "compliant" : "non-compliant");
        w.WriteString("expectedValue", "compliant");
        w.WriteNull("configurationPath");
        w.WriteNull("cloudConfigurationLink");
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

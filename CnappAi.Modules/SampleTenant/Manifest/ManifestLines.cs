using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Scenario;
using CnappAi.Modules.SampleTenant.Writers;
using CnappAi.Modules.SampleTenant.Writers.Context;

namespace CnappAi.Modules.SampleTenant.Manifest;

/// <summary>The manifest's account, resource, problem and attack-path lines.</summary>
internal static class ManifestLines
{
    public static void Account(Utf8JsonWriter w, CloudAccount account)
    {
        var provider = account.Cloud switch { Cloud.Aws => CloudProvider.Aws, Cloud.Azure => CloudProvider.Azure, _ => CloudProvider.Gcp };
        w.WriteStartObject();
        w.WriteString("manifest", "account");
        w.WriteString("cloud", Name(account.Cloud));
        w.WriteString("id", account.Id);
        w.WriteString("name", account.Name);
        w.WriteString("uid", ResourceIds.Account(provider, account.Id)?.Uid);
        w.WriteString("environment", account.StageName);
        w.WriteString("owner", account.Team);
        if (account.ProjectNumber is { } number)
        {
            w.WriteString("projectNumber", number);
        }

        w.WriteEndObject();
    }

    public static void Resource(Utf8JsonWriter w, Asset asset)
    {
        w.WriteStartObject();
        w.WriteString("manifest", "resource");
        w.WriteString("uid", asset.Uid);
        w.WriteString("cloud", Name(asset.Cloud));
        w.WriteString("kind", AssetContextWriter.TypeOf(asset.Kind));
        w.WriteString("name", asset.Name);
        w.WriteString("account", asset.Account.Id);
        w.WriteString("region", asset.Region.Id);
        w.WriteString("application", asset.App.Slug);
        w.WriteString("owner", asset.App.Team);
        w.WriteString("environment", asset.Account.StageName);
        w.WriteString("dataClassification", asset.Classification);
        w.WriteBoolean("internetFacing", asset.InternetFacing);
        w.WriteBoolean("crownJewel", asset.IsCrownJewel);
        w.WriteString("providerId", asset.ProviderId);
        w.WriteString("wizId", asset.WizId);
        if (asset.Kind == AssetKind.Vm)
        {
            w.WriteNumber("laceworkMid", asset.LaceworkMid);
        }

        if (asset.Cluster is { } cluster)
        {
            w.WriteString("cluster", cluster.Uid);
            w.WriteString("image", asset.Image?.Uid);
        }

        w.WriteEndObject();
    }

    public static void Problem(Utf8JsonWriter w, Problem problem)
    {
        w.WriteStartObject();
        w.WriteString("manifest", "problem");
        w.WriteString("id", problem.Id);
        w.WriteString("kind", Kebab(problem.Kind.ToString()));
        w.WriteString("key", problem.Key);
        w.WriteString("title", problem.Title);
        w.WriteString("resource", problem.Asset.Uid);
        w.WriteString("severity", Words.Lower(problem.Level));
        w.WriteString("disposition", Kebab(problem.Disposition.ToString()));
        if (problem.Cve is { } cve)
        {
            w.WriteBoolean("kev", cve.Kev);
            w.WriteNumber("cvss", cve.Cvss);
        }

        w.WriteBoolean("noise", problem.Noise);
        if (problem.Acceptance is { } acceptance)
        {
            w.WriteStartObject("acceptance");
            w.WriteString("recordedIn", ToolNames.Source(acceptance.RecordedIn));
            w.WriteString("owner", acceptance.Owner);
            w.WriteString("reason", acceptance.Reason);
            w.WriteString("expires", Determinism.Timestamps.Date(acceptance.Expires));
            w.WriteEndObject();
        }

        w.WriteStartArray("observations");
        foreach (var s in problem.Sightings)
        {
            w.WriteStartObject();
            w.WriteString("source", s.Source);
            w.WriteString("id", s.SourceId);
            w.WriteString("severity", Words.Lower(s.Level));
            w.WriteString("status", Kebab(s.State.ToString()));
            w.WriteNumber("records", s.RepeatedInPreviousWindow ? 2 : 1);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Path(Utf8JsonWriter w, AttackPath path)
    {
        w.WriteStartObject();
        w.WriteString("manifest", "attack-path");
        w.WriteString("id", path.Id);
        w.WriteString("title", path.Title);
        w.WriteString("entry", path.Steps[0].Asset.Uid);
        w.WriteString("target", path.Steps[^1].Asset.Uid);
        w.WriteStartArray("steps");
        foreach (var step in path.Steps)
        {
            w.WriteStartObject();
            w.WriteNumber("order", step.Order);
            w.WriteString("resource", step.Asset.Uid);
            w.WriteString("cloud", Name(step.Asset.Cloud));
            w.WriteString("kind", AssetContextWriter.TypeOf(step.Asset.Kind));
            w.WriteString("role", step.Role);
            w.WriteString("relationship", step.Relationship);
            Strings(w, "enabledBy", step.EnabledBy);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("evidence");
        w.WriteStartObject();
        w.WriteString("resource", path.EvidenceAsset.Uid);
        w.WriteString("relationship", Relationships.RunsImage);
        Strings(w, "problems", path.EvidenceProblems);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Name(Cloud cloud) => cloud.ToString().ToLowerInvariant();

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

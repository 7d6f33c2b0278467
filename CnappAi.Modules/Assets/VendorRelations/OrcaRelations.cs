using System.Text.Json;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>
/// Edges from the asset an Orca alert is on (vendor-apis.md section 3.3):
/// <list type="bullet">
/// <item><c>asset_labels</c> holding <c>internet_facing</c>, or a non-empty <c>model.data.Inventory.AccessEndpoints</c>
/// (a list, or a list serialised into a string): <c>internet exposes</c> the asset;</item>
/// <item>role, instance-profile, service-account or identity fields of the asset's own model (<c>model.data.&lt;type&gt;</c>,
/// the type from <c>model.type</c> or <c>asset_type</c>) naming an identity: the asset <c>runs-as</c> it.</item>
/// </list>
/// Facts about the asset itself (<c>AwsUser.AccessKey1Id</c>, its own <c>Arn</c>) are not edges.
/// </summary>
internal static class OrcaRelations
{
    private static readonly string[] InternetLabels = ["internet_facing", "internet-facing", "internet facing"];

    public static void Read(JsonElement alert, CanonicalResource self, RelationKinds kinds, List<AssetRelationship> edges)
    {
        const string origin = RelationshipOrigins.Orca;
        var model = JsonFields.Object(alert, "model") is { } m ? JsonFields.Object(m, "data") : null;
        if (kinds.HasFlag(RelationKinds.Exposure))
        {
            if (HasInternetLabel(alert))
            {
                edges.Add(VendorEdge.Exposes(self.Uid, origin, "Orca: asset label internet_facing"));
            }
            else if (model is { } data && JsonFields.Object(data, "Inventory") is { } inventory && AccessEndpoints(inventory) is { Count: > 0 } endpoints)
            {
                edges.Add(VendorEdge.Exposes(self.Uid, origin, $"Orca: access endpoints {string.Join(", ", endpoints.Take(3))}"));
            }
        }

        if (kinds.HasFlag(RelationKinds.Identity) && self.Class != ResourceClass.Identity && model is { } graph
            && AssetType(alert) is { } type && JsonFields.Object(graph, type) is { } asset)
        {
            foreach (var (field, identity) in IdentityFields.In(asset, self.Uid))
            {
                edges.Add(VendorEdge.Between(self.Uid, identity, VendorEdge.RunsAs, origin, $"Orca: {type}.{field}"));
            }
        }
    }

    private static string? AssetType(JsonElement alert) =>
        (JsonFields.Object(alert, "model") is { } model ? JsonFields.Text(model, "type") : null) ?? JsonFields.Text(alert, "asset_type");

    private static bool HasInternetLabel(JsonElement alert) =>
        JsonFields.Find(alert, "asset_labels") is { ValueKind: JsonValueKind.Array } labels
        && labels.EnumerateArray().Any(l => l.ValueKind == JsonValueKind.String && InternetLabels.Contains(l.GetString()?.Trim().ToLowerInvariant()));

    /// <summary>Orca serialises the list into a string (<c>"[]"</c> in its own samples); either form is read.</summary>
    private static List<string> AccessEndpoints(JsonElement inventory)
    {
        var value = JsonFields.Find(inventory, "AccessEndpoints");
        if (value is { ValueKind: JsonValueKind.String } text && text.GetString()?.Trim() is { } s && s.StartsWith('['))
        {
            try
            {
                using var parsed = JsonDocument.Parse(s);
                return Endpoints(parsed.RootElement);
            }
            catch (JsonException)
            {
                return [];
            }
        }

        return value is { ValueKind: JsonValueKind.Array } list ? Endpoints(list) : [];
    }

    private static List<string> Endpoints(JsonElement list) =>
        list.ValueKind != JsonValueKind.Array
            ? []
            : [.. list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()?.Trim() : e.ValueKind == JsonValueKind.Object ? e.GetRawText() : null)
                .Where(e => !string.IsNullOrEmpty(e) && e != "{}").Select(e => e!.Length > 80 ? e[..80] : e)];
}

using System.Text.Json;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>
/// Reads relationship edges out of a Wiz or Orca raw record (see <see cref="WizRelations"/>, <see cref="OrcaRelations"/>).
/// Only edges whose both ends are canonical resource ids (or the internet) come out; other sources, malformed or
/// oversized JSON and missing fields yield nothing.
/// </summary>
internal static class VendorRelationExtractor
{
    private const int MaxRecordChars = 4 * 1024 * 1024;

    public static bool Reads(string? source) => Origin(source) is not null;

    /// <summary>The kinds worth parsing this record for: its markers among <paramref name="wanted"/>, for a source that has extractors.</summary>
    public static RelationKinds KindsIn(string? source, string? raw, RelationKinds wanted = RelationKinds.All) =>
        Reads(source) ? RelationMarkers.In(raw, wanted) : RelationKinds.None;

    public static IReadOnlyList<AssetRelationship> Read(string? source, CanonicalResource self, string? raw) =>
        Read(source, self, raw, KindsIn(source, raw));

    public static IReadOnlyList<AssetRelationship> Read(string? source, CanonicalResource self, string? raw, RelationKinds kinds)
    {
        if (kinds == RelationKinds.None || Origin(source) is not { } origin || string.IsNullOrEmpty(raw) || raw.Length > MaxRecordChars)
        {
            return [];
        }

        var edges = new List<AssetRelationship>();
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            if (origin == RelationshipOrigins.Wiz)
            {
                WizRelations.Read(document.RootElement, self, kinds, edges);
            }
            else
            {
                OrcaRelations.Read(document.RootElement, self, kinds, edges);
            }
        }
        catch (JsonException)
        {
            return [];
        }

        return [.. edges.Select(e => e.Detail is { Length: > 1024 } ? e with { Detail = e.Detail[..1024] } : e).DistinctBy(e => (e.Source, e.Target, e.Relationship))];
    }

    private static string? Origin(string? source) => source?.Trim().ToLowerInvariant() switch
    {
        "wiz" => RelationshipOrigins.Wiz,
        "orca" => RelationshipOrigins.Orca,
        _ => null,
    };
}

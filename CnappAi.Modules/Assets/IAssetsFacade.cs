using CnappAi.Modules.Assets.Contracts;

namespace CnappAi.Modules.Assets;

/// <summary>
/// The asset inventory with business context: assets seen in findings or named by context files, their owner team,
/// environment, application, data sensitivity, criticality, exposure and crown-jewel flag, from tags, a CMDB import and
/// manual edits (manual beats CMDB beats tags). Uids are canonical resource ids, the same as findings carry.
/// </summary>
public interface IAssetsFacade
{
    /// <summary>Loads every asset's context into memory for <see cref="ContextOf"/>; call before an import or scoring pass.</summary>
    Task WarmUpAsync(CancellationToken ct);

    /// <summary>The context of a resource from memory (after <see cref="WarmUpAsync"/>); null when the inventory does not know it.</summary>
    AssetContext? ContextOf(string uid);

    /// <summary>The resource's tags (keys case-insensitive) from memory; null when unknown or untagged.</summary>
    IReadOnlyDictionary<string, string>? TagsOf(string uid);

    /// <summary>Which image each workload runs (from <c>runs-image</c> relationships), workload uid to image uid.</summary>
    IReadOnlyDictionary<string, string> WorkloadImages { get; }

    /// <summary>Adds the resources a batch of findings names; reads tags and exposure flags from their raw records. Returns assets whose context changed.</summary>
    Task<int> RegisterResourcesAsync(IReadOnlyCollection<ObservedResource> resources, CancellationToken ct);

    /// <summary>Imports a CMDB CSV export (docs/context-files.md).</summary>
    Task<ContextImportSummary> ImportCmdbAsync(string path, string importedBy, CancellationToken ct);

    /// <summary>Imports a relationships export (JSON or CSV).</summary>
    Task<ContextImportSummary> ImportRelationshipsAsync(string path, string importedBy, CancellationToken ct);

    /// <summary>A person's edit of an asset's context; null when the asset is unknown.</summary>
    Task<AssetView?> EditContextAsync(AssetContextEdit edit, CancellationToken ct);

    Task<AssetView?> GetAsync(string uid, CancellationToken ct);

    Task<AssetPage> QueryAsync(AssetQuery query, CancellationToken ct);

    /// <summary>
    /// Assets seen in findings whose context changed at or after <paramref name="since"/>, after they were first seen
    /// (for rescoring: a new asset's findings are scored with the context it arrived with).
    /// </summary>
    Task<IReadOnlyList<string>> GetContextChangedSinceAsync(DateTimeOffset since, CancellationToken ct);

    /// <summary>Edges to and from one asset.</summary>
    Task<IReadOnlyList<AssetRelationship>> GetRelationshipsAsync(string uid, CancellationToken ct);

    /// <summary>Every imported edge, for building the security graph.</summary>
    IAsyncEnumerable<AssetRelationship> StreamRelationshipsAsync(CancellationToken ct);
}

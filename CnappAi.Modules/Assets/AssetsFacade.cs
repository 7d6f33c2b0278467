using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.EditContext;
using CnappAi.Modules.Assets.ImportContext;
using CnappAi.Modules.Assets.QueryAssets;
using CnappAi.Modules.Assets.RegisterResources;

namespace CnappAi.Modules.Assets;

internal sealed class AssetsFacade(
    AssetContextCache cache,
    RegisterResourcesHandler register,
    ImportCmdbHandler cmdb,
    ImportRelationshipsHandler relationships,
    EditContextHandler edit,
    QueryAssetsHandler query) : IAssetsFacade
{
    public Task WarmUpAsync(CancellationToken ct) => cache.ReloadAsync(ct);

    public AssetContext? ContextOf(string uid) => cache.ContextOf(uid);

    public IReadOnlyDictionary<string, string>? TagsOf(string uid) => cache.TagsOf(uid);

    public IReadOnlyDictionary<string, string> WorkloadImages => cache.ImageOfWorkload;

    public Task<int> RegisterResourcesAsync(IReadOnlyCollection<ObservedResource> resources, CancellationToken ct) => register.HandleAsync(resources, ct);

    public Task<ContextImportSummary> ImportCmdbAsync(string path, string importedBy, CancellationToken ct) => cmdb.HandleAsync(path, importedBy, ct);

    public Task<ContextImportSummary> ImportRelationshipsAsync(string path, string importedBy, CancellationToken ct) => relationships.HandleAsync(path, importedBy, ct);

    public Task<AssetView?> EditContextAsync(AssetContextEdit contextEdit, CancellationToken ct) => edit.HandleAsync(contextEdit, ct);

    public Task<AssetView?> GetAsync(string uid, CancellationToken ct) => query.GetAsync(uid, ct);

    public Task<AssetPage> QueryAsync(AssetQuery assetQuery, CancellationToken ct) => query.PageAsync(assetQuery, ct);

    public Task<IReadOnlyList<string>> GetContextChangedSinceAsync(DateTimeOffset since, CancellationToken ct) => query.ChangedSinceAsync(since, ct);

    public Task<IReadOnlyList<AssetRelationship>> GetRelationshipsAsync(string uid, CancellationToken ct) => query.RelationshipsAsync(uid, ct);

    public IAsyncEnumerable<AssetRelationship> StreamRelationshipsAsync(CancellationToken ct) => query.AllRelationshipsAsync(ct);
}

using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.EditContext;
using CnappAi.Modules.Assets.ImportContext;
using CnappAi.Modules.Assets.QueryAssets;
using CnappAi.Modules.Assets.RegisterResources;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Assets;

internal sealed class AssetsFacade(
    IActorAccessor actors,
    AssetContextCache cache,
    RegisterResourcesHandler register,
    ImportCmdbHandler cmdb,
    ImportRelationshipsHandler relationships,
    EditContextHandler edit,
    QueryAssetsHandler query) : IAssetsFacade
{
    public Task WarmUpAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return cache.ReloadAsync(ct);
    }

    public AssetContext? ContextOf(string uid)
    {
        actors.Demand(Roles.Viewer);
        return cache.ContextOf(uid);
    }

    public IReadOnlyDictionary<string, string>? TagsOf(string uid)
    {
        actors.Demand(Roles.Viewer);
        return cache.TagsOf(uid);
    }

    public IReadOnlyDictionary<string, string> WorkloadImages
    {
        get
        {
            actors.Demand(Roles.Viewer);
            return cache.ImageOfWorkload;
        }
    }

    public Task<int> RegisterResourcesAsync(IReadOnlyCollection<ObservedResource> resources, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return register.HandleAsync(resources, ct);
    }

    public Task<ContextImportSummary> ImportCmdbAsync(string path, string importedBy, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return cmdb.HandleAsync(path, importedBy, ct);
    }

    public Task<ContextImportSummary> ImportRelationshipsAsync(string path, string importedBy, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return relationships.HandleAsync(path, importedBy, ct);
    }

    public Task<AssetView?> EditContextAsync(AssetContextEdit contextEdit, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return edit.HandleAsync(contextEdit, ct);
    }

    public Task<AssetView?> GetAsync(string uid, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.GetAsync(uid, ct);
    }

    public Task<AssetPage> QueryAsync(AssetQuery assetQuery, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.PageAsync(assetQuery, ct);
    }

    public Task<IReadOnlyList<string>> GetContextChangedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.ChangedSinceAsync(since, ct);
    }

    public Task<IReadOnlyList<AssetRelationship>> GetRelationshipsAsync(string uid, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.RelationshipsAsync(uid, ct);
    }

    public IAsyncEnumerable<AssetRelationship> StreamRelationshipsAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return query.AllRelationshipsAsync(ct);
    }
}

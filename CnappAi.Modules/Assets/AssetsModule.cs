using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.EditContext;
using CnappAi.Modules.Assets.ImportContext;
using CnappAi.Modules.Assets.QueryAssets;
using CnappAi.Modules.Assets.RegisterResources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Assets;

public static class AssetsModule
{
    /// <summary>Registers the asset inventory (options section <c>Assets</c>).</summary>
    public static IServiceCollection AddAssets(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AssetsOptions>().Bind(configuration.GetSection(AssetsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AssetContextCache>();
        services.AddSingleton<TagKeys>();
        services.AddSingleton<CrownJewels>();
        services.AddSingleton<ContextApplier>();
        services.AddSingleton<RegisterResourcesHandler>();
        services.AddSingleton<ImportCmdbHandler>();
        services.AddSingleton<ImportRelationshipsHandler>();
        services.AddSingleton<EditContextHandler>();
        services.AddSingleton<QueryAssetsHandler>();
        services.AddSingleton<IAssetsFacade, AssetsFacade>();
        return services;
    }
}

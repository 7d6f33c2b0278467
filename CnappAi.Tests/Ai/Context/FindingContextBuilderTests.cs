using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;

namespace CnappAi.Tests.Ai.Context;

public class FindingContextBuilderTests
{
    [Fact]
    public async Task Build_AssetKnownToTheInventory_InventoryContextWinsOverTags()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        var id = (await host.StoreAsync(AiFindings.PublicBucket()))[0];
        var assets = host.Get<IAssetsFacade>();
        await assets.RegisterResourcesAsync([new ObservedResource(AiFindings.PiiBucket, AiFindings.PaymentsTags)], CancellationToken.None);
        await assets.EditContextAsync(new AssetContextEdit(AiFindings.PiiBucket.Uid, "test") { Team = "data-exports-team", Criticality = Criticality.High }, CancellationToken.None);

        var context = (await host.Get<FindingContextBuilder>().BuildAsync(id, CancellationToken.None))!;
        var triage = (await host.Ai.TriageAsync(id, CancellationToken.None))!;

        context.Asset.Source.ShouldBe("inventory");
        context.Asset.OwnerTeam.ShouldBe("data-exports-team");
        context.Asset.Criticality.ShouldBe("high");
        context.Asset.DataClassification.ShouldBe("pii");
        triage.Output.OwningTeam.ShouldBe("data-exports-team");
    }

    [Fact]
    public async Task Build_UnknownAsset_ReadsTagsFromTheRawRecord()
    {
        await using var host = await AiTestHost.WithoutModelAsync();
        var id = (await host.StoreAsync(AiFindings.PublicBucket()))[0];

        var context = (await host.Get<FindingContextBuilder>().BuildAsync(id, CancellationToken.None))!;

        context.Asset.Source.ShouldBe("tags");
        context.Asset.OwnerTeam.ShouldBe("payments-team");
        context.Asset.Environment.ShouldBe("prod");
        context.Asset.Criticality.ShouldBe("critical");
        context.Control!.Id.ShouldBe("storage.public-access");
    }
}

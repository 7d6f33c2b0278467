using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.SampleTenant;

public class SampleDeterminismTests
{
    private static readonly DateOnly AsOf = SampleTenantFixture.AsOf;

    [Fact]
    public async Task WriteAsync_SameSeedSizeAndDate_WritesByteIdenticalTrees()
    {
        using var files = new TempFiles();

        var first = await SampleTenantFixture.WriteAsync(new SampleRequest(Path.Combine(files.Directory, "a"), 120, 5, AsOf));
        var second = await SampleTenantFixture.WriteAsync(new SampleRequest(Path.Combine(files.Directory, "b"), 120, 5, AsOf));

        TreeHash.Of(first.OutputDirectory).ShouldBe(TreeHash.Of(second.OutputDirectory));
        first.Files.ShouldBe(second.Files);
        first.Bytes.ShouldBe(second.Bytes);
    }

    [Fact]
    public async Task WriteAsync_DifferentSeed_WritesADifferentTenant()
    {
        using var files = new TempFiles();

        var first = await SampleTenantFixture.WriteAsync(new SampleRequest(Path.Combine(files.Directory, "a"), 120, 5, AsOf));
        var other = await SampleTenantFixture.WriteAsync(new SampleRequest(Path.Combine(files.Directory, "b"), 120, 6, AsOf));

        TreeHash.Of(first.OutputDirectory).ShouldNotBe(TreeHash.Of(other.OutputDirectory));
        SampleManifest.Read(first.ManifestPath).Resources.Keys.Intersect(SampleManifest.Read(other.ManifestPath).Resources.Keys)
            .ShouldBeEmpty("every account, name suffix and id is drawn from the seed");
    }

    [Fact]
    public async Task WriteAsync_DifferentDate_MovesEveryTimestampButKeepsTheEstate()
    {
        using var files = new TempFiles();

        var first = await SampleTenantFixture.WriteAsync(new SampleRequest(Path.Combine(files.Directory, "a"), 120, 5, AsOf));
        var later = await SampleTenantFixture.WriteAsync(new SampleRequest(Path.Combine(files.Directory, "b"), 120, 5, AsOf.AddDays(7)));

        TreeHash.Of(first.OutputDirectory).ShouldNotBe(TreeHash.Of(later.OutputDirectory));
        SampleManifest.Read(later.ManifestPath).Resources.Keys.Order().ShouldBe(SampleManifest.Read(first.ManifestPath).Resources.Keys.Order());
        File.ReadAllText(later.ManifestPath).ShouldContain("\"asOf\":\"2026-08-22\"");
    }
}

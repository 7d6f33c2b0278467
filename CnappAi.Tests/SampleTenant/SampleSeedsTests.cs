using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.SampleTenant;

/// <summary>Other seeds and sizes parse as cleanly as the default tenant.</summary>
public class SampleSeedsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 40)]
    [InlineData(2024, 160)]
    [InlineData(-31, 600)]
    public async Task WriteAsync_AnySeedAndSize_ParsesWithZeroRejectionsAndExpectedCounts(int seed, int assets)
    {
        using var files = new TempFiles();

        var summary = await SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, assets, seed, SampleTenantFixture.AsOf));
        var parsed = await SampleTenantFixture.ParseAllAsync(files.Directory);

        parsed.Values.SelectMany(p => p.Rejections).ShouldBeEmpty();
        parsed.Values.ShouldAllBe(p => p.Format != null);
        parsed.Count.ShouldBe(summary.Files);
        parsed.Values.Sum(p => p.Observations.Count).ShouldBe(summary.Observations);
        parsed.Values.SelectMany(p => p.Observations).Select(o => (o.Source, o.SourceFindingId)).Distinct().Count().ShouldBe(summary.ExpectedFindings);
        summary.Assets.ShouldBe(Math.Max(assets, 7), "the headline chain's seven resources are always written");
    }

    [Fact]
    public async Task WriteAsync_ZeroAssets_IsRejected()
    {
        using var files = new TempFiles();

        var error = await Should.ThrowAsync<FluentValidation.ValidationException>(
            () => SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, 0)));

        error.Message.ShouldContain("--assets");
    }
}

using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Crosswalk;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CnappAi.Tests.Correlation.Crosswalk;

/// <summary>
/// Every rule in the vendor fixtures and in a generated sample tenant is either mapped by the crosswalk or listed in
/// <c>unmapped.csv</c> with a reason and the control the suggester proposes. Vulnerabilities with a CVE or advisory id
/// key on that id, not on a rule, so they are out of scope; everything else (misconfigurations, identity, data
/// exposure, threats, secrets, compliance and code findings without an advisory) is in.
/// </summary>
public class CrosswalkCoverageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Crosswalk_EveryFixtureAndTenantRule_IsMappedOrDeliberatelyUnmapped()
    {
        var rules = await RulesInFixturesAndTenantAsync();
        var unmapped = CrosswalkData.Unmapped().ToDictionary(u => (u.Source, u.Rule.ToLowerInvariant()));

        var missing = rules.Where(r => ControlCrosswalk.Shipped.Match(r.Source, r.RuleId, r.Title, r.Category) is null
                && !unmapped.ContainsKey((r.Source, RuleText.KeyOf(r.RuleId, r.Title).ToLowerInvariant())))
            .Select(r => $"{r.Source},{Csv(RuleText.KeyOf(r.RuleId, r.Title))},{Csv(r.Title)},<reason>,{Top(r.RuleId, r.Title) ?? "-"}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        missing.ForEach(output.WriteLine);

        missing.ShouldBeEmpty("rules neither mapped nor listed as unmapped (lines above are ready for unmapped.csv)");
        output.WriteLine($"{rules.Count} distinct rules; {rules.Count(r => ControlCrosswalk.Shipped.Match(r.Source, r.RuleId, r.Title, r.Category) is not null)} mapped");
    }

    [Fact]
    public void UnmappedList_RecordsTheSuggesterProposalAndNoMappedRule()
    {
        foreach (var entry in CrosswalkData.Unmapped())
        {
            entry.Reason.ShouldNotBeNullOrWhiteSpace();
            ControlCrosswalk.Shipped.Match(entry.Source, entry.Rule, entry.Rule, FindingCategory.Threat).ShouldBeNull($"{entry.Source}/{entry.Rule} is mapped now; drop it from unmapped.csv");
            (Top(entry.Rule, entry.Title) ?? "-").ShouldBe(entry.Suggestion ?? "-", $"suggestion for {entry.Source}/{entry.Rule}");
        }
    }

    [Fact]
    public void Crosswalk_MapsAtLeastSixtyControls_AndNamesOnlyKnownOnes()
    {
        var mapped = ControlCrosswalk.Shipped.Rows.Select(r => r.ControlId).Distinct().ToList();

        mapped.Count.ShouldBeGreaterThanOrEqualTo(60);
        mapped.ShouldAllBe(id => SharedControls.Find(id) != null);
        SharedControls.All.Select(c => c.Id).ShouldBeUnique();
    }

    private static string Csv(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string? Top(string? ruleId, string title) => ControlSuggester.Shipped.Suggest(ruleId, title, 1) is [var best, ..] ? best.ControlId : null;

    private static async Task<List<(string Source, string? RuleId, string Title, FindingCategory Category)>> RulesInFixturesAndTenantAsync()
    {
        using var files = new TempFiles();
        await using var services = new ServiceCollection().AddSampleTenant().BuildServiceProvider();
        await services.GetRequiredService<ISampleTenantFacade>().WriteAsync(new SampleRequest(files.Directory, 3000, 11, new DateOnly(2026, 8, 20)), CancellationToken.None);
        var paths = Directory.EnumerateFiles(FixtureFiles.Root, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(files.Directory, "*", SearchOption.AllDirectories))
            .Where(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
        var rules = new List<(string, string?, string, FindingCategory)>();
        foreach (var path in paths)
        {
            var parsed = await ParserHarness.ParseAsync(path);
            rules.AddRange(parsed.Observations
                .Where(o => o.Cves.Count == 0 && AdvisoryIds.Find(o.RuleId, o.Title) is null)
                .Select(o => (o.Source.ToLowerInvariant(), o.RuleId, o.Title, o.Category)));
        }

        return [.. rules.DistinctBy(r => (r.Item1, RuleText.KeyOf(r.Item2, r.Item3).ToLowerInvariant()))];
    }
}

using System.ComponentModel;
using System.Text.Json;
using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Query;
using CnappAi.Modules.Ai.Search;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using Microsoft.SemanticKernel;

namespace CnappAi.Modules.Ai.Plugins;

/// <summary>
/// The model's only tools: read-only lookups in the normalized store. Results are redacted and capped, and every record
/// returned is written to the ledger so the answer's citations can be checked against it.
/// </summary>
internal sealed class FindingLookupPlugin(FindingSearch search, EmbeddingIndex index, INormalizationFacade findings, CitationLedger ledger)
{
    private const int MaxResults = 25;

    [KernelFunction("search_findings"), Description("Searches open findings. Every argument is optional; returns the riskiest matches with links.")]
    public async Task<string> SearchFindingsAsync(
        [Description("aws, azure, gcp or kubernetes")] string? provider = null,
        [Description("bucket, vm, database, k8s_cluster, k8s_workload, image, container, function, identity, network, key_secret")] string? resourceType = null,
        [Description("region, e.g. us-east-1")] string? region = null,
        [Description("critical, high, medium, low or info")] string? severity = null,
        [Description("vulnerability, misconfiguration, identity, data_exposure, threat, secret or compliance")] string? category = null,
        [Description("words the finding title should contain")] string? text = null,
        [Description("data classification tag, e.g. pii")] string? dataClassification = null,
        [Description("environment tag, e.g. prod")] string? environment = null,
        [Description("maximum results, at most 25")] int top = 10,
        CancellationToken ct = default)
    {
        var criteria = QuestionParser.Parse(text ?? "") with
        {
            Providers = Parse<CloudProvider>(provider),
            Classes = Parse<ResourceClass>(resourceType?.Replace("_", "", StringComparison.Ordinal)),
            Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim(),
            Severities = Parse<Severity>(severity),
            Categories = Parse<FindingCategory>(category?.Replace("_", "", StringComparison.Ordinal)),
            DataClassification = string.IsNullOrWhiteSpace(dataClassification) ? null : dataClassification.Trim().ToLowerInvariant(),
            Environment = string.IsNullOrWhiteSpace(environment) ? null : environment.Trim().ToLowerInvariant(),
        };
        var outcome = await search.RunAsync(criteria, ct).ConfigureAwait(false);
        return Serialize(new { total = outcome.Total, findings = outcome.Matches.Take(Math.Clamp(top, 1, MaxResults)).Select(Summary).ToList() });
    }

    [KernelFunction("get_finding"), Description("Returns one finding by id with its resource and risk.")]
    public async Task<string> GetFindingAsync([Description("the finding id")] string id, CancellationToken ct = default)
    {
        var finding = await findings.GetAsync(id, ct).ConfigureAwait(false);
        return finding is null ? Serialize(new { error = "no finding has that id" }) : Serialize(Summary(finding));
    }

    [KernelFunction("list_assets"), Description("Lists resources that have open findings matching the words, with their finding counts.")]
    public async Task<string> ListAssetsAsync([Description("words, e.g. 'public bucket us-east-1'")] string? text = null, CancellationToken ct = default)
    {
        var outcome = await search.RunAsync(QuestionParser.Parse(text ?? ""), ct).ConfigureAwait(false);
        var assets = outcome.Matches.GroupBy(f => f.Resource.Uid, StringComparer.Ordinal).Take(MaxResults).Select(g =>
        {
            var resource = g.First().Resource;
            var record = new CitedRecord("asset", resource.Uid, Words.Name(resource), Links.Asset(resource.Uid));
            ledger.Saw(record);
            return new { kind = "asset", id = resource.Uid, name = record.Title, provider = resource.Provider.ToString(), region = resource.Region, findings = g.Count(), link = record.Link };
        }).ToList();
        return Serialize(new { total = assets.Count, assets });
    }

    [KernelFunction("semantic_search"), Description("Finds findings whose text is close in meaning to the query.")]
    public async Task<string> SemanticSearchAsync([Description("what to look for")] string query, [Description("at most 25")] int top = 10, CancellationToken ct = default)
    {
        var matches = await index.SearchAsync(query, Math.Clamp(top, 1, MaxResults), ct).ConfigureAwait(false);
        var list = new List<object>();
        foreach (var match in matches)
        {
            if (await findings.GetAsync(match.FindingId, ct).ConfigureAwait(false) is { } finding)
            {
                list.Add(new { finding = Summary(finding), similarity = match.Similarity });
            }
        }

        return Serialize(new { results = list });
    }

    private object Summary(FindingView f)
    {
        var record = new CitedRecord("finding", f.Id, f.Title, Links.Finding(f.Id));
        ledger.Saw(record);
        ledger.Saw(new CitedRecord("asset", f.Resource.Uid, Words.Name(f.Resource), Links.Asset(f.Resource.Uid)));
        return new
        {
            kind = "finding", id = f.Id, title = f.Title, severity = f.Severity.ToString().ToLowerInvariant(), status = f.Status.ToString().ToLowerInvariant(),
            category = f.Category.ToString().ToLowerInvariant(), source = f.Source, risk = f.RiskScore, priority = $"P{f.Priority}",
            resource = new { uid = f.Resource.Uid, name = f.Resource.Name, provider = f.Resource.Provider.ToString().ToLowerInvariant(), region = f.Resource.Region },
            link = record.Link,
        };
    }

    private static IReadOnlyList<T> Parse<T>(string? value)
        where T : struct, Enum =>
        value is not null && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) ? [parsed] : [];

    // Lookup results go back into the prompt, so they get the same redaction as any finding data.
    private static string Serialize(object value) => SecretRedactor.Redact(JsonSerializer.Serialize(value, JsonOptions.Model));
}

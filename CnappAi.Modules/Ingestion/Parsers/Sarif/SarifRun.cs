using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>What the results of one <c>runs[]</c> entry share: the tool, its rules, the repository and the run's end time.</summary>
internal sealed class SarifRun(
    string? tool,
    IReadOnlyList<JsonElement> driverRules,
    IReadOnlyDictionary<string, JsonElement> rulesById,
    IReadOnlyList<JsonElement> artifacts,
    string? repository,
    DateTimeOffset? endTime)
{
    /// <summary>The tool's name; every key starts with it, so a run without one cannot give its results an id.</summary>
    public string RequireTool() => tool ?? throw new RecordRejectedException("record has no tool.driver.name in its run");

    public string? Repository => repository;

    public DateTimeOffset? EndTime => endTime;

    public static SarifRun From(JsonElement run)
    {
        var driverRules = run.Items("tool.driver.rules").ToList();
        var rulesById = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var rule in driverRules.Concat(run.Items("tool.extensions").SelectMany(e => e.Items("rules"))))
        {
            if (rule.Str("id") is { } id)
            {
                rulesById.TryAdd(id, rule);
            }
        }

        return new SarifRun(
            run.Str("tool.driver.name"),
            driverRules,
            rulesById,
            [.. run.Items("artifacts")],
            run.Items("versionControlProvenance").Select(v => v.Str("repositoryUri")).FirstOrDefault(u => u is not null),
            run.Items("invocations").Select(i => i.Date("endTimeUtc")).LastOrDefault(d => d is not null));
    }

    /// <summary>The rule a result points at: by <c>ruleIndex</c> into the driver's rules, else by id (a "parent/child" id falls back to its parent).</summary>
    public JsonElement? Rule(JsonElement result)
    {
        var index = result.Num("ruleIndex") ?? result.Num("rule.index");
        if (index is { } i && i >= 0 && i < driverRules.Count && result.Get("rule.toolComponent") is null)
        {
            return driverRules[(int)i];
        }

        var id = result.Str("ruleId") ?? result.Str("rule.id");
        if (id is null)
        {
            return null;
        }

        if (rulesById.TryGetValue(id, out var rule))
        {
            return rule;
        }

        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && rulesById.TryGetValue(id[..slash], out var parent) ? parent : null;
    }

    /// <summary>The uri of <c>artifacts[index]</c>, for locations that point into the run's artifact table instead of repeating it.</summary>
    public string? ArtifactUri(double? index) =>
        index is { } i && i >= 0 && i < artifacts.Count ? artifacts[(int)i].Str("location.uri") : null;
}

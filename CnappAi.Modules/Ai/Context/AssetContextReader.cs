using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>Business context from the resource's tags, else from what its name and account say (<c>prod-</c>, <c>-dev</c>).</summary>
internal static class AssetContextReader
{
    private static readonly string[] OwnerKeys = ["owner_team", "owner-team", "ownerTeam", "team", "owner", "app-owner", "squad"];
    private static readonly string[] ApplicationKeys = ["application", "app", "app.kubernetes.io/part-of", "service", "workload"];
    private static readonly string[] EnvironmentKeys = ["environment", "env", "stage", "tier-environment"];
    private static readonly string[] ClassificationKeys = ["data-classification", "dataClassification", "data_classification", "classification", "data-sensitivity"];
    private static readonly string[] CriticalityKeys = ["business-criticality", "business_criticality", "criticality", "businessCriticality"];
    private static readonly string[] ExposureKeys = ["internet-facing", "internet_facing", "internetFacing", "public"];

    public static AssetContext From(FindingView finding, string? rawRecord)
    {
        var tags = ResourceTags.Read(rawRecord);
        var owner = First(tags, OwnerKeys);
        var environment = Normalise(First(tags, EnvironmentKeys));
        var context = new AssetContext(
            owner is not null && owner.Contains('@', StringComparison.Ordinal) ? owner.Split('@')[0] : owner,
            First(tags, ApplicationKeys),
            environment,
            First(tags, ClassificationKeys)?.ToLowerInvariant(),
            First(tags, CriticalityKeys)?.ToLowerInvariant(),
            bool.TryParse(First(tags, ExposureKeys), out var exposed) ? exposed : null,
            tags.Count > 0 ? "tags" : "none");
        if (context.Environment is not null || FromNames(finding) is not { } inferred)
        {
            return context;
        }

        return context with { Environment = inferred, Source = context.Source == "none" ? "name" : context.Source };
    }

    private static string? FromNames(FindingView finding)
    {
        var text = $"{finding.Resource.Name} {finding.Resource.Account} {finding.Resource.Uid}".ToLowerInvariant();
        return text switch
        {
            _ when ContainsWord(text, "prod") || ContainsWord(text, "production") || ContainsWord(text, "prd") => "prod",
            _ when ContainsWord(text, "staging") || ContainsWord(text, "stage") || ContainsWord(text, "stg") => "staging",
            _ when ContainsWord(text, "dev") || ContainsWord(text, "development") || ContainsWord(text, "sandbox") || ContainsWord(text, "test") => "dev",
            _ => null,
        };
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var end = at + word.Length;
            var after = end == text.Length || !char.IsLetter(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Normalise(string? environment) => environment?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "production" or "prd" => "prod",
        "stage" or "stg" => "staging",
        "development" => "dev",
        var other => other,
    };

    private static string? First(IReadOnlyDictionary<string, string> tags, string[] keys)
    {
        foreach (var key in keys)
        {
            if (tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}

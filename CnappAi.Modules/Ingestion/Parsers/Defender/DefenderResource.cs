using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>
/// The assessed resource of a Defender record: its Azure resource id cut to the first provider block
/// (dropping <c>/providers/Microsoft.Security/...</c> extensions) and lower-cased, since Azure ids are
/// case-insensitive and Defender itself mixes casings.
/// </summary>
internal static partial class DefenderResource
{
    public static CanonicalResource? FromAzureId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var text = id.Trim();
        var blocks = ProviderBlock().Matches(text);
        var cut = blocks.Count switch
        {
            0 => text.Length,
            _ when blocks[0].Value.StartsWith("/providers/microsoft.security/", StringComparison.OrdinalIgnoreCase) => blocks[0].Index,
            1 => text.Length,
            _ => blocks[1].Index,
        };
        return cut == 0 ? null : ResourceIds.Parse(text[..cut].TrimEnd('/').ToLowerInvariant()) is { Provider: CloudProvider.Azure } resource ? resource : null;
    }

    public static string? Subscription(string? id) =>
        id is not null && SubscriptionPrefix().Match(id) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The subscription itself, for records about the subscription or tenant configuration.</summary>
    public static CanonicalResource? SubscriptionOf(string? id) =>
        Subscription(id) is { } subscription ? ResourceIds.Account(CloudProvider.Azure, subscription.ToLowerInvariant()) : null;

    /// <summary>
    /// An alert's resource: the most specific Azure id among the workspace <c>AzureResourceId</c>, the
    /// <c>AzureResource</c> identifiers and the resource entities; then the compromised entity by name.
    /// </summary>
    public static CanonicalResource ForAlert(JsonElement alert, JsonElement properties)
    {
        var candidates = new[] { properties.StrI("azureResourceId") }
            .Concat(properties.ItemsI("resourceIdentifiers")
                .Where(r => string.Equals(r.StrI("type"), "AzureResource", StringComparison.OrdinalIgnoreCase))
                .Select(r => r.StrI("azureResourceId")))
            .Concat(properties.ItemsI("entities").Select(e => e.FirstStrI("resourceId", "azureID")))
            .Select(FromAzureId)
            .OfType<CanonicalResource>()
            .ToList();
        var specific = candidates.FirstOrDefault(r => r.Class != ResourceClass.Account) ?? candidates.FirstOrDefault();
        if (specific is not null)
        {
            return specific;
        }

        var alertId = alert.StrI("id");
        var entity = properties.StrI("compromisedEntity");
        if (entity is not null)
        {
            var scope = Subscription(alertId) is { } sub ? $"/subscriptions/{sub}/" : string.Empty;
            return ResourceIds.VendorNative("defender", (scope + entity).ToLowerInvariant(), CloudProvider.Azure, null, entity);
        }

        return SubscriptionOf(alertId) ?? throw new RecordRejectedException("record has no resource");
    }

    [GeneratedRegex("/providers/[^/]+/", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderBlock();

    [GeneratedRegex("^/subscriptions/([^/]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SubscriptionPrefix();
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Azure resource ids: <c>/subscriptions/{sub}[/resourceGroups/{rg}][/providers/{ns}/{type}/{name}[/{childType}/{childName}...]]</c>
/// and tenant-level <c>/providers/...</c>. Keywords and names are case-insensitive, so the uid is the lower-cased id;
/// an extension resource (a second <c>/providers/</c> block) is cut back to the resource it extends. Every field is
/// taken from the lower-cased id so that a uid always parses back to the same record (display names come from the vendor).
/// </summary>
internal static class AzureIdParser
{
    private const string SubscriptionType = "microsoft.resources/subscriptions";
    private const string ResourceGroupType = "microsoft.resources/resourcegroups";

    public static CanonicalResource? Parse(string id)
    {
        var segments = id.TrimEnd('/').ToLowerInvariant().Split('/')[1..];
        if (segments.Length < 2 || Array.Exists(segments, s => s.Length == 0))
        {
            return null;
        }

        var i = 0;
        string? subscription = null;
        string? resourceGroup = null;
        if (Is(segments[0], "subscriptions"))
        {
            subscription = segments[1];
            i = 2;
            if (i + 1 < segments.Length && Is(segments[i], "resourcegroups"))
            {
                resourceGroup = segments[i + 1];
                i += 2;
            }
        }

        if (i == segments.Length)
        {
            return subscription is null ? null : Scope(segments, i, subscription, resourceGroup);
        }

        return Is(segments[i], "providers") ? Provided(segments, i, subscription) : null;
    }

    private static CanonicalResource? Scope(string[] segments, int end, string subscription, string? resourceGroup)
    {
        var uid = Uid(segments, end);
        return resourceGroup is null
            ? new CanonicalResource(uid, CloudProvider.Azure, subscription, null, SubscriptionType, ResourceClass.Account, subscription)
            : new CanonicalResource(uid, CloudProvider.Azure, subscription, null, ResourceGroupType, ResourceClass.Other, resourceGroup);
    }

    private static CanonicalResource? Provided(string[] segments, int providers, string? subscription)
    {
        // providers/{namespace} then (type, name) pairs; a "providers" where a type is due starts an extension block.
        var nsIndex = providers + 1;
        if (nsIndex >= segments.Length)
        {
            return null;
        }

        var types = new List<string> { segments[nsIndex] };
        string? name = null;
        var end = nsIndex + 1;
        while (end + 1 < segments.Length && !Is(segments[end], "providers"))
        {
            types.Add(segments[end]);
            name = segments[end + 1];
            end += 2;
        }

        // A dangling type without its name (".../providers/Microsoft.Compute/virtualMachines") names no resource.
        var dangling = end < segments.Length && !Is(segments[end], "providers");
        if (name is null || dangling)
        {
            return null;
        }

        var type = string.Join('/', types);
        var account = subscription
            ?? (type == "microsoft.management/managementgroups" ? segments[nsIndex + 2] : null);
        return new CanonicalResource(Uid(segments, end), CloudProvider.Azure, account, null, type, AzureResourceClasses.Classify(type), name);
    }

    private static string Uid(string[] segments, int end) => "/" + string.Join('/', segments[..end]);

    private static bool Is(string segment, string keyword) => segment.Equals(keyword, StringComparison.Ordinal);
}

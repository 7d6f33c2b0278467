using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>
/// The identities a resource runs as, from the fields of its own vendor description that name one: a property whose
/// name says role, instance profile, service account or identity, holding an IAM ARN, an Azure managed identity id or a
/// GCP service-account email (or a list of them, or an object with its <c>Arn</c>/<c>id</c>/<c>email</c>). A value
/// that is not such an identity (an access key id, a bare name) is not an edge.
/// </summary>
internal static partial class IdentityFields
{
    private static readonly string[] NameParts = ["role", "instanceprofile", "serviceaccount", "identity", "identities"];
    private static readonly string[] IdProperties = ["Arn", "id", "email"];

    public static IEnumerable<(string Field, string Uid)> In(JsonElement entity, string selfUid)
    {
        if (entity.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in entity.EnumerateObject())
        {
            var name = property.Name.ToLowerInvariant();
            if (!NameParts.Any(p => name.Contains(p, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var value in Values(property.Value))
            {
                if (Identity(value) is { } uid && uid != selfUid)
                {
                    yield return (property.Name, uid);
                }
            }
        }
    }

    /// <summary>The canonical uid of an identity id, or null when the text is not one.</summary>
    public static string? Identity(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var match = GcpServiceAccount().Match(id.Trim());
        var candidate = match.Success
            ? $"//iam.googleapis.com/projects/{match.Groups["project"].Value.ToLowerInvariant()}/serviceAccounts/{match.Value.ToLowerInvariant()}"
            : id;
        return ResourceUids.Canonical(candidate) is { Class: ResourceClass.Identity } resource ? resource.Uid : null;
    }

    private static IEnumerable<string> Values(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                yield return value.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray().Take(20))
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        yield return item.GetString()!;
                    }
                    else if (IdOf(item) is { } nested)
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonValueKind.Object when IdOf(value) is { } id:
                yield return id;
                break;
        }
    }

    private static string? IdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object ? IdProperties.Select(p => JsonFields.Text(item, p)).FirstOrDefault(v => v is not null) : null;

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{4,29}@(?<project>[a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GcpServiceAccount();
}

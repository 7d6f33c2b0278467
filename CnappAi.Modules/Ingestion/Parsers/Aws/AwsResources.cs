using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>
/// Resolves a resource as AWS tools name it into its canonical id: an ARN as given, the
/// <c>AWS::Service::Type:id</c> pseudo ids Security Hub uses for resources without an ARN
/// (<c>AWS::::Account:…</c> is the account itself), or a short id rebuilt into an ARN from account,
/// region and type. A vendor-native id is the last resort, so no finding is dropped for an odd id.
/// </summary>
internal static partial class AwsResources
{
    public static CanonicalResource Resolve(string vendor, string? id, string? type, string? account, string? region, string? partition = null)
    {
        var rawId = RecordMapping.Require(id, "resource id");
        if (TryResolve(rawId, type, account, region, partition) is { } resolved)
        {
            return resolved;
        }

        // An id AWS issues no ARN for (GuardDuty's AWS::IAM::AccessKey:…) still belongs to the finding's account.
        var native = ResourceIds.VendorNative(vendor, rawId, CloudProvider.Aws, Blank(type), Split(rawId, type).ShortId);
        return native with { Account = Blank(account) };
    }

    /// <summary>The canonical resource, or null when the id is neither an ARN nor rebuildable from its parts.</summary>
    public static CanonicalResource? TryResolve(string id, string? type, string? account, string? region, string? partition = null)
    {
        if (ResourceIds.Parse(id) is { } parsed)
        {
            // S3 ARNs carry no account; the finding's account is the bucket owner's.
            return parsed is { Provider: CloudProvider.Aws, Account: null } && Blank(account) is { } owner ? parsed with { Account = owner } : parsed;
        }

        var (typeHint, shortId) = Split(id, type);
        return IsAccount(typeHint, shortId, account)
            ? ResourceIds.Account(CloudProvider.Aws, shortId)
            : ResourceIds.AwsFromParts(Blank(account), Blank(region), typeHint, shortId, Blank(partition));
    }

    /// <summary>Inspector2's <c>AWS_EC2_INSTANCE</c> spelling of ASFF's <c>AwsEc2Instance</c>.</summary>
    public static string? AsffType(string? inspectorType) =>
        string.IsNullOrWhiteSpace(inspectorType) || !inspectorType.Contains('_', StringComparison.Ordinal)
            ? inspectorType
            : string.Concat(inspectorType.Split('_', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static (string? TypeHint, string ShortId) Split(string id, string? type)
    {
        var pseudo = PseudoId().Match(id);
        return pseudo.Success
            ? (pseudo.Groups["service"].Length == 0 ? "AwsAccount" : $"AWS::{pseudo.Groups["service"].Value}::{pseudo.Groups["type"].Value}", pseudo.Groups["id"].Value)
            : (Blank(type), id);
    }

    private static bool IsAccount(string? typeHint, string shortId, string? account) =>
        string.Equals(typeHint, "AwsAccount", StringComparison.OrdinalIgnoreCase)
        || (AccountId().IsMatch(shortId) && (account is null || string.Equals(account, shortId, StringComparison.Ordinal)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^AWS::(?<service>[A-Za-z0-9]*)::(?<type>[A-Za-z0-9]+):(?<id>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PseudoId();

    [GeneratedRegex(@"^\d{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountId();
}

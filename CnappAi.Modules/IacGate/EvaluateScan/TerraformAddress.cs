using System.Text.RegularExpressions;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// Splits a resource address into type and local name: <c>aws_s3_bucket.logs</c>, <c>data.aws_iam_policy_document.x</c>,
/// <c>module.app.aws_instance.web[0]</c>, or a provider (<c>aws.default</c>). Anything else (a Dockerfile path) is not one.
/// </summary>
internal static partial class TerraformAddress
{
    public static (string Type, string Name)? Parse(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = Index().Replace(address.Trim(), string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (parts.Count > 2 && parts[0] is "module" or "data")
        {
            parts.RemoveRange(0, parts[0] == "module" ? 2 : 1);
        }

        return parts.Count == 2 && Identifier().IsMatch(parts[0]) && Identifier().IsMatch(parts[1]) ? (parts[0], parts[1]) : null;
    }

    [GeneratedRegex(@"\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Recognises the id shapes by their prefix and hands each to its grammar. Every branch returns null rather than
/// throwing: ids come straight from vendor payloads and one odd id must not stop an import.
/// </summary>
internal static class ResourceIdParser
{
    public static CanonicalResource? Parse(string? id)
    {
        var text = VendorText.Clean(id);
        if (text is null || HasControlCharacters(text))
        {
            return null;
        }

        if (text.StartsWith("arn:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith(AwsArnParser.AsffAccountPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AwsArnParser.Parse(text);
        }

        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            return GcpNameParser.Parse(text);
        }

        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            var fullName = GcpSelfLinks.ToFullName(text);
            return fullName is null ? null : GcpNameParser.Parse(fullName);
        }

        if (text.StartsWith('/'))
        {
            return AzureIdParser.Parse(text);
        }

        if (text.StartsWith(KubernetesIds.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return KubernetesIds.Parse(text);
        }

        return text.StartsWith(SourceFileIds.Scheme, StringComparison.OrdinalIgnoreCase) ? SourceFileIds.Parse(text) : null;
    }

    private static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}

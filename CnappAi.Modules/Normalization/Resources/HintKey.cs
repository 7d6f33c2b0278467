namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Folds the many spellings of a resource type (CloudFormation <c>AWS::EC2::Instance</c>, ASFF <c>AwsEc2Instance</c>,
/// Terraform <c>aws_instance</c>, plain "security group") to one lookup key: lower-case letters and digits only,
/// minus a vendor prefix. Tables then list each key once instead of every casing and separator.
/// </summary>
internal static class HintKey
{
    public static string? Normalize(string? hint, params ReadOnlySpan<string> prefixes)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var chars = new char[hint.Length];
        var length = 0;
        foreach (var c in hint)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        var key = new string(chars, 0, length);
        foreach (var prefix in prefixes)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                key = key[prefix.Length..];
                break;
            }
        }

        return key.Length == 0 ? null : key;
    }
}

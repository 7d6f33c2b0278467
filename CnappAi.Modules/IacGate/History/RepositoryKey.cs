namespace CnappAi.Modules.IacGate.History;

/// <summary>
/// One spelling per repository and branch, so the clone URL, the web URL and <c>owner/name</c> of one repository
/// (and <c>refs/heads/main</c> and <c>main</c>) find the same stored scans.
/// </summary>
internal static class RepositoryKey
{
    public static string? Repository(string? repository)
    {
        var text = repository?.Trim().Replace('\\', '/');
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
            var at = text.IndexOf('@', StringComparison.Ordinal);
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (at >= 0 && (slash < 0 || at < slash))
            {
                text = text[(at + 1)..];
            }
        }
        else if (text.StartsWith("git@", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].Replace(':', '/');
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        text = text.Trim('/').ToLowerInvariant();
        return text.Length == 0 ? null : text;
    }

    public static string? Branch(string? branch)
    {
        var text = branch?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.StartsWith("refs/heads/", StringComparison.Ordinal) ? text["refs/heads/".Length..] : text;
    }
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Files scanned by IaC and code scanners: <c>file://{repository}/{path}</c>. The repository is reduced to
/// host/owner/name (no scheme, no <c>.git</c>) so a clone URL and a web URL of one repository meet.
/// </summary>
internal static class SourceFileIds
{
    public const string Scheme = "file://";
    public const string LocalRepository = "local";

    public static CanonicalResource? Build(string? repository, string? path)
    {
        var cleanPath = CleanPath(path);
        if (cleanPath is null)
        {
            return null;
        }

        return Create($"{Scheme}{CleanRepository(repository)}/{cleanPath}");
    }

    public static CanonicalResource? Parse(string id)
    {
        var rest = id[Scheme.Length..];
        return rest.Contains('/', StringComparison.Ordinal) && !rest.EndsWith('/') ? Create(Scheme + rest) : null;
    }

    private static CanonicalResource Create(string uid) =>
        new(uid, CloudProvider.Code, null, null, "file", ResourceClass.SourceFile, uid[(uid.LastIndexOf('/') + 1)..]);

    private static string? CleanPath(string? path)
    {
        var text = VendorText.Clean(path)?.Replace('\\', '/');
        while (text is not null && (text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith('/')))
        {
            text = text.StartsWith('/') ? text[1..] : text[2..];
        }

        return string.IsNullOrEmpty(text) || text.EndsWith('/') ? null : text;
    }

    private static string CleanRepository(string? repository)
    {
        var text = VendorText.Clean(repository)?.Replace('\\', '/');
        if (text is null)
        {
            return LocalRepository;
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }
        else if (text.StartsWith("git@", StringComparison.OrdinalIgnoreCase))
        {
            // git@github.com:acme/app.git is the SSH spelling of github.com/acme/app.
            text = text[4..].Replace(':', '/');
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        text = text.Trim('/');
        return text.Length == 0 ? LocalRepository : text;
    }
}

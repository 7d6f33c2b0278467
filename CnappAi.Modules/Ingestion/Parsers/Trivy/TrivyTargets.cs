using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Reads Trivy's target names, which say what was scanned when the report does not.</summary>
internal static partial class TrivyTargets
{
    /// <summary>
    /// The image reference of an OS-packages target: Trivy names it <c>{image} ({family} {version})</c> and sets the
    /// result <c>Type</c> to that family, e.g. <c>alpine:3.12 (alpine 3.12.0)</c> with type <c>alpine</c>.
    /// </summary>
    public static string? ImageOf(string? target, string? type)
    {
        if (target is null || type is null)
        {
            return null;
        }

        var match = OsTarget().Match(target);
        return match.Success && string.Equals(match.Groups["family"].Value, type, StringComparison.OrdinalIgnoreCase)
            ? match.Groups["image"].Value
            : null;
    }

    /// <summary>The <c>@sha256:...</c> part of a repo digest (<c>repo@sha256:...</c>), or the text itself when it is a bare digest.</summary>
    public static string? DigestOf(string? repoDigest)
    {
        if (string.IsNullOrWhiteSpace(repoDigest))
        {
            return null;
        }

        var at = repoDigest.LastIndexOf('@');
        return at >= 0 ? repoDigest[(at + 1)..] : repoDigest;
    }

    /// <summary>
    /// A target path as seen from where Trivy ran: targets are relative to the scanned path, so <c>tofu/stack</c> and
    /// <c>../../modules/main.tf</c> give <c>tofu/modules/main.tf</c>. A scanned single file is its own target.
    /// </summary>
    public static string Under(string? root, string path)
    {
        if (root is null || path.StartsWith('/'))
        {
            return path;
        }

        if (root == path || root.EndsWith("/" + path, StringComparison.Ordinal))
        {
            return root;
        }

        var segments = new List<string>();
        foreach (var segment in $"{root}/{path}".Split('/'))
        {
            if (segment is "." or "")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return (root.StartsWith('/') ? "/" : string.Empty) + string.Join('/', segments);
    }

    [GeneratedRegex(@"^(?<image>\S.*?) \((?<family>[A-Za-z][\w.-]*)(?: [^()]*)?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex OsTarget();
}

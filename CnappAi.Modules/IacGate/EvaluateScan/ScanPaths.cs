namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>One spelling for a scanned file's path: forward slashes, no <c>file://</c>, no leading <c>./</c> or <c>/</c>.</summary>
internal static class ScanPaths
{
    public static string Normalize(string path)
    {
        var text = path.Trim();
        if (text.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            text = Uri.UnescapeDataString(text["file://".Length..]);
        }

        text = text.Replace('\\', '/');
        while (text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith('/'))
        {
            text = text.StartsWith('/') ? text[1..] : text[2..];
        }

        return text;
    }

    /// <summary>The path inside a source-file resource uid (<c>file://{repository}/{path}</c>), when nothing better is known.</summary>
    public static string FromResourceUid(string uid)
    {
        var rest = uid.StartsWith("file://", StringComparison.Ordinal) ? uid["file://".Length..] : uid;
        return rest.StartsWith("local/", StringComparison.Ordinal) ? rest["local/".Length..] : rest;
    }
}

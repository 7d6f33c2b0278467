namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>Expands the paths given to an import into files, in a stable order.</summary>
internal static class InputFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IsDocumentation(f))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }

    /// <summary>
    /// Export folders often carry a Markdown README or provenance note, and hidden files, next to the data;
    /// inside a directory those are skipped. A file named explicitly is always read.
    /// </summary>
    private static bool IsDocumentation(string path) =>
        Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path).StartsWith('.');
}

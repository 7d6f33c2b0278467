namespace CnappAi.Modules.IacGate.Rendering;

/// <summary>
/// Shortens a long secure snippet for a comment: the changed lines with two lines of context, the first and last
/// line, and a marker where unchanged lines were left out. The JSON report keeps the snippet whole.
/// </summary>
internal static class SnippetExcerpt
{
    public const int MaxLines = 30;

    public static string Of(string snippet, IReadOnlyList<int> changedLines, string commentMarker)
    {
        var lines = snippet.Split('\n');
        if (lines.Length <= MaxLines || changedLines.Count == 0)
        {
            return snippet;
        }

        var keep = new bool[lines.Length];
        keep[0] = keep[^1] = true;
        foreach (var line in changedLines.Where(l => l >= 1 && l <= lines.Length))
        {
            for (var k = Math.Max(0, line - 3); k <= Math.Min(lines.Length - 1, line + 1); k++)
            {
                keep[k] = true;
            }
        }

        var result = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (keep[i])
            {
                result.Add(lines[i]);
                continue;
            }

            var start = i;
            while (i + 1 < lines.Length && !keep[i + 1])
            {
                i++;
            }

            result.Add($"  {commentMarker} … {i - start + 1} unchanged lines …");
        }

        return string.Join('\n', result);
    }
}

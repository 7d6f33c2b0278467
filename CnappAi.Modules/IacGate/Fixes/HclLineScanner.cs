namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>What one HCL line does to the nesting: braces and brackets opened and closed outside strings, templates and comments.</summary>
internal readonly record struct HclLineShape(int Opens, int Closes, string? HeredocMarker, int? CommentStart)
{
    public int Net => Opens - Closes;
}

/// <summary>
/// Counts the braces of a line the way the HCL parser sees them: braces inside quoted strings and their
/// <c>${...}</c> templates do not nest blocks, comments are ignored, and <c>&lt;&lt;EOF</c> starts a heredoc whose
/// lines (often a JSON policy full of braces) must not be counted at all.
/// </summary>
internal static class HclLineScanner
{
    private const int InString = -1;

    public static HclLineShape Scan(string line, ref bool inBlockComment)
    {
        int opens = 0, closes = 0;
        var frames = new Stack<int>();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            if (inBlockComment)
            {
                if (c == '*' && next == '/')
                {
                    inBlockComment = false;
                    i++;
                }

                continue;
            }

            if (frames.Count == 0)
            {
                if (c == '#' || (c == '/' && next == '/'))
                {
                    return new HclLineShape(opens, closes, null, i);
                }

                if (c == '/' && next == '*')
                {
                    inBlockComment = true;
                    i++;
                }
                else if (c == '"')
                {
                    frames.Push(InString);
                }
                else if (c == '<' && next == '<' && HeredocMarker(line, i + 2) is { } marker)
                {
                    return new HclLineShape(opens, closes, marker, null);
                }
                else if (c is '{' or '[')
                {
                    opens++;
                }
                else if (c is '}' or ']')
                {
                    closes++;
                }
            }
            else if (frames.Peek() == InString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    frames.Pop();
                }
                else if ((c == '$' || c == '%') && next == '{')
                {
                    frames.Push(0);
                    i++;
                }
            }
            else
            {
                var depth = frames.Pop();
                if (c == '"')
                {
                    frames.Push(depth);
                    frames.Push(InString);
                }
                else if (c == '{')
                {
                    frames.Push(depth + 1);
                }
                else if (c == '}' && depth > 0)
                {
                    frames.Push(depth - 1);
                }
                else if (c != '}')
                {
                    frames.Push(depth);
                }
            }
        }

        return new HclLineShape(opens, closes, null, null);
    }

    private static string? HeredocMarker(string line, int start)
    {
        var i = start < line.Length && line[start] == '-' ? start + 1 : start;
        var begin = i;
        while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '_'))
        {
            i++;
        }

        return i > begin ? line[begin..i] : null;
    }
}

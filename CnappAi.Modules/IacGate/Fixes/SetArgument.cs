using System.Text.RegularExpressions;

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>
/// Sets <c>name = value</c> in the block at <see cref="Path"/> (nested block names under the resource), creating the
/// nested blocks when missing; an existing value is replaced in place, keeping the line's alignment and comment.
/// </summary>
internal sealed partial record SetArgument(IReadOnlyList<string> Path, string Name, string Value) : ISnippetEdit
{
    public bool Apply(HclDocument document, FixContext context)
    {
        var block = document.Root;
        if (block is null)
        {
            return false;
        }

        for (var depth = 0; depth < Path.Count; depth++)
        {
            var child = block.Children.Find(c => c.Name == Path[depth]);
            if (child is null)
            {
                document.Insert(block.End, NewBlocks(document.ChildIndent(block), depth));
                return true;
            }

            if (child.IsSingleLine)
            {
                ExpandSingleLine(document, child);
                return Apply(document, context);
            }

            block = child;
        }

        var value = context.Fill(Value);
        var existing = block.Attributes.Find(a => a.Name == Name);
        if (existing is null)
        {
            document.Insert(block.End, [Aligned(document, block, Name) + value]);
            return true;
        }

        var line = document.Lines[existing.Start];
        var inComment = false;
        var shape = HclLineScanner.Scan(line, ref inComment);
        var code = shape.CommentStart is { } c ? line[..c].TrimEnd() : line.TrimEnd();
        var comment = shape.CommentStart is { } s ? " " + line[s..] : string.Empty;
        var lead = Lead().Match(code).Value;
        if (existing.Start == existing.End && code[lead.Length..].Trim() == value)
        {
            return false;
        }

        document.Replace(existing.Start, existing.End, [lead + value + comment]);
        return true;
    }

    private List<string> NewBlocks(string indent, int from)
    {
        var lines = new List<string>();
        for (var depth = from; depth < Path.Count; depth++)
        {
            lines.Add($"{indent}{new string(' ', 2 * (depth - from))}{Path[depth]} {{");
        }

        lines.Add($"{indent}{new string(' ', 2 * (Path.Count - from))}{Name} = {Value}");
        for (var depth = Path.Count - 1; depth >= from; depth--)
        {
            lines.Add($"{indent}{new string(' ', 2 * (depth - from))}}}");
        }

        return lines;
    }

    /// <summary>Pads the name so its <c>=</c> lines up with its siblings' when they are aligned (as <c>terraform fmt</c> does).</summary>
    private static string Aligned(HclDocument document, HclBlock block, string name)
    {
        var indent = document.ChildIndent(block);
        var columns = block.Attributes
            .Select(a => document.Lines[a.Start].IndexOf('=', StringComparison.Ordinal))
            .Where(c => c > 0)
            .GroupBy(c => c)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        var width = columns is { } aligned && aligned.Count() > 1 ? aligned.Key - indent.Length - 1 : name.Length;
        return $"{indent}{name.PadRight(Math.Max(width, name.Length))} = ";
    }

    private static void ExpandSingleLine(HclDocument document, HclBlock block)
    {
        var line = document.Lines[block.Start];
        var open = line.IndexOf('{', StringComparison.Ordinal);
        var close = line.LastIndexOf('}');
        var indent = document.IndentOf(block.Start);
        var inner = close > open ? line[(open + 1)..close].Trim() : string.Empty;
        List<string> lines = [line[..(open + 1)].TrimEnd()];
        if (inner.Length > 0)
        {
            lines.Add($"{indent}  {inner}");
        }

        lines.Add($"{indent}}}");
        document.Replace(block.Start, block.Start, lines);
    }

    [GeneratedRegex(@"^\s*[A-Za-z_][\w-]*\s*=\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}

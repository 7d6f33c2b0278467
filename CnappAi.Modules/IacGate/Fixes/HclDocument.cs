using System.Text.RegularExpressions;

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>
/// The lines of one scanned HCL snippet and the block structure of its first top-level block. Edits change the
/// lines and parse again, so line numbers are always current. Not a full HCL parser: it only needs to find
/// blocks and arguments well enough to change a setting in place and keep everything else as written.
/// </summary>
internal sealed partial class HclDocument
{
    private readonly List<string> _lines;

    public HclDocument(IEnumerable<string> lines)
    {
        _lines = [.. lines];
        Root = Parse(_lines);
    }

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The resource (or data, provider, module) block, or null when the snippet has none.</summary>
    public HclBlock? Root { get; private set; }

    public string? ResourceType => Root?.Labels.Count == 2 ? Root.Labels[0] : null;

    public string? ResourceName => Root?.Labels.Count switch { 2 => Root.Labels[1], 1 => Root.Labels[0], _ => null };

    public void Replace(int start, int end, IEnumerable<string> replacement)
    {
        _lines.RemoveRange(start, end - start + 1);
        _lines.InsertRange(start, replacement);
        Root = Parse(_lines);
    }

    public void Insert(int index, IEnumerable<string> lines)
    {
        _lines.InsertRange(index, lines);
        Root = Parse(_lines);
    }

    public void Remove(int start, int end) => Replace(start, end, []);

    /// <summary>The indentation of a line.</summary>
    public string IndentOf(int line) => _lines[line][..(_lines[line].Length - _lines[line].TrimStart().Length)];

    /// <summary>The indentation the arguments of a block use (its first argument's, else one step deeper than the block).</summary>
    public string ChildIndent(HclBlock block)
    {
        var first = block.Attributes.Select(a => a.Start).Concat(block.Children.Select(c => c.Start)).DefaultIfEmpty(-1).Min();
        return first >= 0 ? IndentOf(first) : IndentOf(block.Start) + "  ";
    }

    private static HclBlock? Parse(List<string> lines)
    {
        HclBlock? root = null;
        var frames = new Stack<Frame>();
        var inComment = false;
        string? heredoc = null;
        HclAttribute? heredocAttribute = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (heredoc is not null)
            {
                if (line.Trim() == heredoc)
                {
                    heredoc = null;
                    heredocAttribute?.End = i;
                }

                continue;
            }

            var shape = HclLineScanner.Scan(line, ref inComment);
            var code = shape.CommentStart is { } c ? line[..c] : line;
            var top = frames.Count > 0 ? frames.Peek() : null;
            var inBlock = top is null ? root is null : top.Block is not null;
            if (inBlock && Header().Match(code) is { Success: true } header && !code[..header.Length].Contains('=', StringComparison.Ordinal))
            {
                var labels = header.Groups["label"].Captures.Select(l => l.Value.Trim('"')).ToList();
                var block = new HclBlock(header.Groups["name"].Value, labels, i, frames.Count);
                if (top is null)
                {
                    root = block;
                }
                else
                {
                    top.Block!.Children.Add(block);
                }

                if (shape.Net > 0)
                {
                    frames.Push(new Frame(block, null));
                    PushExpressions(frames, shape.Net - 1, null);
                }

                continue;
            }

            if (inBlock && top is not null && Argument().Match(code) is { Success: true } argument)
            {
                var attribute = new HclAttribute(argument.Groups["name"].Value, i);
                top.Block!.Attributes.Add(attribute);
                if (shape.HeredocMarker is { } marker)
                {
                    heredoc = marker;
                    heredocAttribute = attribute;
                }

                PushExpressions(frames, shape.Net, attribute);
                continue;
            }

            if (shape.HeredocMarker is { } orphan)
            {
                heredoc = orphan;
                heredocAttribute = null;
            }

            if (shape.Net > 0)
            {
                PushExpressions(frames, shape.Net, top?.Attribute);
            }

            for (var closed = 0; closed < -shape.Net && frames.Count > 0; closed++)
            {
                var frame = frames.Pop();
                frame.Block?.End = i;
                if (frame.Attribute is { } owner && !frames.Any(f => f.Attribute == owner))
                {
                    owner.End = i;
                }
            }

            if (root is not null && frames.Count == 0)
            {
                break;
            }
        }

        return root;
    }

    private static void PushExpressions(Stack<Frame> frames, int count, HclAttribute? owner)
    {
        for (var n = 0; n < count; n++)
        {
            frames.Push(new Frame(null, owner));
        }
    }

    /// <summary>An open brace: a block, or an expression (a map, an object) owned by an argument.</summary>
    private sealed record Frame(HclBlock? Block, HclAttribute? Attribute);

    [GeneratedRegex("""^\s*(?<name>[A-Za-z_][\w-]*)(?:\s+(?<label>"[^"]*"|[A-Za-z_][\w-]*))*\s*\{""", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex("""^\s*(?<name>[A-Za-z_][\w-]*)\s*=(?!=)""", RegexOptions.CultureInvariant)]
    private static partial Regex Argument();
}

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>A block of an HCL snippet (the resource itself or a nested block such as <c>metadata_options</c>), by line range.</summary>
internal sealed class HclBlock(string name, IReadOnlyList<string> labels, int start, int depth)
{
    public string Name => name;

    /// <summary>For the root: the resource type and local name (<c>resource "aws_s3_bucket" "logs"</c>).</summary>
    public IReadOnlyList<string> Labels => labels;

    public int Start { get; } = start;

    /// <summary>The line of the closing brace (equal to <see cref="Start"/> for a one-line block).</summary>
    public int End { get; set; } = start;

    public int Depth => depth;

    public List<HclBlock> Children { get; } = [];

    public List<HclAttribute> Attributes { get; } = [];

    public bool IsSingleLine => End == Start;
}

/// <summary>An argument (<c>name = value</c>) of a block; a value may span lines (a list, a map, a heredoc).</summary>
internal sealed class HclAttribute(string name, int start)
{
    public string Name => name;

    public int Start { get; } = start;

    public int End { get; set; } = start;
}

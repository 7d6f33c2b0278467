namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>Deletes nested blocks with these names at any depth (<c>access_config</c> gives a VM a public IP).</summary>
internal sealed record RemoveBlocks(IReadOnlyList<string> Names) : ISnippetEdit
{
    public bool Apply(HclDocument document, FixContext context)
    {
        var changed = false;
        while (document.Root is { } root && Descendants(root).LastOrDefault(b => Names.Contains(b.Name)) is { } block)
        {
            document.Remove(block.Start, block.End);
            changed = true;
        }

        return changed;
    }

    private static IEnumerable<HclBlock> Descendants(HclBlock block) =>
        block.Children.SelectMany(c => Descendants(c).Prepend(c));
}

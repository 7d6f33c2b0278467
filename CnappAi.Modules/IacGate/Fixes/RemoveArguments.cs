namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>Deletes arguments of the resource itself (hard-coded keys, for example).</summary>
internal sealed record RemoveArguments(IReadOnlyList<string> Names) : ISnippetEdit
{
    public bool Apply(HclDocument document, FixContext context)
    {
        var changed = false;
        while (document.Root?.Attributes.FindLast(a => Names.Contains(a.Name)) is { } attribute)
        {
            document.Remove(attribute.Start, attribute.End);
            changed = true;
        }

        return changed;
    }
}

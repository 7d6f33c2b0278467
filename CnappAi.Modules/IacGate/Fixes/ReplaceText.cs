namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>Replaces a literal inside the resource (a public principal such as <c>"allUsers"</c> with a variable).</summary>
internal sealed record ReplaceText(string From, string To) : ISnippetEdit
{
    public bool Apply(HclDocument document, FixContext context)
    {
        if (document.Root is not { } root)
        {
            return false;
        }

        var changed = false;
        for (var i = root.Start; i <= root.End; i++)
        {
            var line = document.Lines[i];
            if (line.Contains(From, StringComparison.Ordinal))
            {
                document.Replace(i, i, [line.Replace(From, context.Fill(To), StringComparison.Ordinal)]);
                changed = true;
            }
        }

        return changed;
    }
}

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>Adds instructions at the end of a snippet that is not HCL (a Dockerfile's <c>HEALTHCHECK</c> or <c>USER</c>).</summary>
internal sealed record AppendLines(string Text, string Unless) : ISnippetEdit
{
    public bool Apply(HclDocument document, FixContext context)
    {
        if (document.Lines.Any(l => l.TrimStart().StartsWith(Unless, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        document.Insert(document.Lines.Count, Text.Split('\n'));
        return true;
    }
}

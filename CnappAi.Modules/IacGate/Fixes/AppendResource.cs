namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>
/// Adds a companion resource after the offending one. Recent provider versions moved many bucket settings into
/// their own resources (<c>aws_s3_bucket_versioning</c>, ...), so the secure version is the bucket plus one of those.
/// </summary>
internal sealed record AppendResource(string Template) : ISnippetEdit
{
    public bool Apply(HclDocument document, FixContext context)
    {
        if (document.Root is not { } root)
        {
            return false;
        }

        var lines = context.Fill(Template).Split('\n');
        document.Insert(root.End + 1, [string.Empty, .. lines]);
        return true;
    }
}

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>
/// How to make one kind of resource pass a rule: edits to apply to the scanned snippet, and (when there is no
/// snippet, or no edit fits) a secure example. With no <see cref="Example"/>, the example is the edits applied to an
/// empty resource block.
/// </summary>
/// <param name="ResourceTypes">Terraform types (or <c>dockerfile</c>, <c>kubernetes</c>) this recipe is for; empty means any.</param>
internal sealed record FixRecipe(
    IReadOnlyList<string> ResourceTypes,
    string Summary,
    IReadOnlyList<ISnippetEdit> Edits,
    string? Example = null,
    string Language = SnippetLanguage.Hcl)
{
    public bool Fits(string? type, string language) =>
        Language == language && (ResourceTypes.Count == 0 || (type is not null && ResourceTypes.Contains(type, StringComparer.OrdinalIgnoreCase)));
}

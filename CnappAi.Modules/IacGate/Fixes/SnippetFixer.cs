using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>
/// Produces the secure version of an offending snippet: the recipe's edits applied to the scanned code when there
/// is code to edit, else the recipe's secure example for that resource type.
/// </summary>
internal static class SnippetFixer
{
    public const string Source = "fix-catalogue";

    public static GateFix? Fix(IReadOnlyList<FixRecipe> recipes, string language, string? type, string? name, IReadOnlyList<string> snippet)
    {
        var document = snippet.Count > 0 ? new HclDocument(snippet) : null;
        type ??= document?.ResourceType;
        var recipe = recipes.FirstOrDefault(r => r.Fits(type, language))
            ?? (type is null ? recipes.FirstOrDefault(r => r.Language == language) : null);
        if (recipe is null)
        {
            return null;
        }

        var context = new FixContext(type ?? (recipe.ResourceTypes.Count > 0 ? recipe.ResourceTypes[0] : "resource"), name ?? document?.ResourceName ?? "this");
        var editable = document is not null && (language != SnippetLanguage.Hcl || document.Root is not null);
        if (editable && recipe.Edits.Count > 0)
        {
            var changed = false;
            foreach (var edit in recipe.Edits)
            {
                changed |= edit.Apply(document!, context);
            }

            if (changed)
            {
                return new GateFix(recipe.Summary, string.Join('\n', document!.Lines), language, Edited: true, Source, LineDiff.ChangedLines(document.Lines, snippet));
            }
        }

        var secureExample = Example(recipe, context, language);
        return new GateFix(recipe.Summary, secureExample, language, Edited: false, Source, []);
    }

    private static string Example(FixRecipe recipe, FixContext context, string language)
    {
        if (recipe.Example is { } example)
        {
            return context.Fill(example);
        }

        List<string> skeleton = language == SnippetLanguage.Hcl
            ? [$"resource \"{context.Type}\" \"{context.Name}\" {{", "  # ... the resource's other arguments ...", "}"]
            : ["FROM your-base-image:pinned-tag"];
        var document = new HclDocument(skeleton);
        foreach (var edit in recipe.Edits)
        {
            edit.Apply(document, context);
        }

        return string.Join('\n', document.Lines);
    }
}

using CnappAi.Modules.IacGate.Fixes;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Short constructors that keep the catalogue tables readable.</summary>
internal static class Fix
{
    /// <summary>A recipe for the space-separated resource types.</summary>
    public static FixRecipe For(string types, string summary, params ISnippetEdit[] edits) =>
        new(Types(types), summary, edits);

    /// <summary>A recipe that only shows a secure example (policies, manifests): there is no safe mechanical edit.</summary>
    public static FixRecipe Example(string types, string summary, string example, string language = SnippetLanguage.Hcl) =>
        new(Types(types), summary, [], example, language);

    public static FixRecipe Docker(string summary, string lines, string unless) =>
        new([], summary, [new AppendLines(lines, unless)], null, SnippetLanguage.Dockerfile);

    /// <summary><c>name = value</c> on the resource, or inside the dotted nested-block path.</summary>
    public static ISnippetEdit Set(string name, string value) => new SetArgument([], name, value);

    public static ISnippetEdit Set(string path, string name, string value) => new SetArgument(path.Split('.'), name, value);

    public static ISnippetEdit Companion(string template) => new AppendResource(template);

    public static ISnippetEdit Remove(params string[] names) => new RemoveArguments(names);

    public static ISnippetEdit RemoveBlocks(params string[] names) => new RemoveBlocks(names);

    public static ISnippetEdit Restrict(int? port, string replacement) => new RestrictIngress(port, replacement);

    public static ISnippetEdit Replace(string from, string to) => new ReplaceText(from, to);

    private static string[] Types(string types) => types.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

namespace CnappAi.Modules.Ai.Guardrails;

/// <summary>
/// The only plugin functions a model may call, all read-only lookups. Each agent function gets a subset; anything else
/// the model asks for is refused by <see cref="AllowListFilter"/>, even if it were registered.
/// </summary>
internal static class FunctionAllowList
{
    public const string Plugin = "findings";

    public const string Search = Plugin + "-search_findings";
    public const string Get = Plugin + "-get_finding";
    public const string Assets = Plugin + "-list_assets";
    public const string Semantic = Plugin + "-semantic_search";

    public static readonly IReadOnlySet<string> ReadOnly = new HashSet<string>(StringComparer.Ordinal) { Search, Get, Assets, Semantic };

    public static readonly IReadOnlySet<string> Query = ReadOnly;

    public static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);
}

using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>
/// Maps the relationships file's words (docs/context-files.md) onto graph edge types; null for words the graph does not
/// use. <c>protects</c> counts as exposure: what reaches a security group reaches what it applies to.
/// </summary>
internal static class RelationshipVocabulary
{
    public static EdgeKind? KindOf(string relationship) => relationship.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "exposes" or "protects" => EdgeKind.Exposes,
        "contains" => EdgeKind.Contains,
        "runs-image" or "runs-on" => EdgeKind.RunsOn,
        "runs-as" or "can-assume" or "member-of" => EdgeKind.CanAssume,
        "can-read" or "can-write" or "has-access-to" => EdgeKind.HasAccessTo,
        "holds-credential-for" or "holds-credentials-for" => EdgeKind.HoldsCredentialsFor,
        "federates-to" => EdgeKind.FederatesTo,
        "connects-to" or "reaches" => EdgeKind.Reaches,
        _ => null,
    };
}

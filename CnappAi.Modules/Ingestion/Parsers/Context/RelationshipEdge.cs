namespace CnappAi.Modules.Ingestion.Parsers.Context;

/// <summary>What every relationship must satisfy, whichever file layout it came in.</summary>
internal static class RelationshipEdge
{
    public static void Check(string? source, string? target, string? relationship)
    {
        ContextVocabulary.Check(relationship, ContextVocabulary.Relationships, "relationship");
        ContextVocabulary.ResourceId(source, "source", allowInternet: true);
        ContextVocabulary.ResourceId(target, "target");
    }
}

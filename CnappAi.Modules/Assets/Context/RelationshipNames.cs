namespace CnappAi.Modules.Assets.Context;

/// <summary>The relationship names of the relationships export that change asset context.</summary>
internal static class RelationshipNames
{
    public const string Internet = "internet";
    public const string Exposes = "exposes";
    public const string RunsImage = "runs-image";
}

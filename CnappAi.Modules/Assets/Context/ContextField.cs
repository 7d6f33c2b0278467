namespace CnappAi.Modules.Assets.Context;

/// <summary>The context fields that carry a source (see <see cref="ContextLayers"/>).</summary>
internal static class ContextField
{
    public const string Team = "team";
    public const string Environment = "environment";
    public const string Application = "application";
    public const string DataClassification = "dataClassification";
    public const string Criticality = "criticality";
    public const string InternetFacing = "internetFacing";
    public const string CrownJewel = "crownJewel";
    public const string OwnerContact = "ownerContact";
}

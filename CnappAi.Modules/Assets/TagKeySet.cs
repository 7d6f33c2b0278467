namespace CnappAi.Modules.Assets;

/// <summary>Tag keys (case-insensitive) for each context field.</summary>
internal sealed class TagKeySet
{
    public string[]? Team { get; set; }
    public string[]? Environment { get; set; }
    public string[]? Application { get; set; }
    public string[]? DataClassification { get; set; }
    public string[]? Criticality { get; set; }
    public string[]? InternetFacing { get; set; }
}

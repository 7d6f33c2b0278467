using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Assets;

/// <summary>A crown-jewel rule: every non-empty list must contain the asset's value.</summary>
internal sealed class CrownJewelRule
{
    public List<ResourceClass> Classes { get; set; } = [];
    public List<string> Environments { get; set; } = [];
    public List<DataSensitivity> DataSensitivities { get; set; } = [];
    public List<Criticality> Criticalities { get; set; } = [];
}

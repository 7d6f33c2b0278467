namespace CnappAi.Modules.Risk.Data;

/// <summary>How far a recurring pass got (table <c>risk_watermarks</c>), e.g. the last asset-context change already rescored.</summary>
internal sealed class RiskWatermark
{
    public required string Name { get; set; }
    public DateTimeOffset Value { get; set; }
}

namespace CnappAi.Modules.Assets.Contracts;

/// <summary>How sensitive the data an asset holds is; <c>pii</c>, <c>pci</c>, <c>phi</c> and <c>secret</c> labels count as <see cref="Restricted"/>.</summary>
public enum DataSensitivity
{
    Unknown = 0,
    Public = 1,
    Internal = 2,
    Confidential = 3,
    Restricted = 4,
}

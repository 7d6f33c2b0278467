namespace CnappAi.Modules.Assets.Contracts;

/// <summary>Business criticality of an asset (or of the application it serves).</summary>
public enum Criticality
{
    Unknown = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

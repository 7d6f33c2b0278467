namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>The one severity scale every source is mapped onto; the source's own value is kept beside it.</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

namespace CnappAi.Modules.Assets.Contracts;

/// <summary>Where a context field came from; a higher source overrides a lower one.</summary>
public enum ContextSource
{
    None = 0,
    Tags = 1,
    Cmdb = 2,
    Manual = 3,
}

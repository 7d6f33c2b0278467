namespace CnappAi.Tests.TestInfrastructure;

/// <summary>Tests that measure process-wide memory run alone, so other tests do not blur the figure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTestGroup
{
    public const string Name = "Serial";
}

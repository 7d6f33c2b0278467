namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>The environment an account serves; dev carries the noise, prod the risk.</summary>
internal enum Stage
{
    Prod,
    Staging,
    Dev,
}

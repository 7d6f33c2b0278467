namespace CnappAi.Modules.SampleTenant.Estate;

internal enum Cloud
{
    Aws,
    Azure,
    Gcp,
}

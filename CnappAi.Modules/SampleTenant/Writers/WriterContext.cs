using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>What every writer needs besides the records: the organisation, the clock and the output folder.</summary>
internal sealed record WriterContext(Organisation Org, SampleClock Clock, string Root)
{
    public string Folder(params string[] parts) => Path.Combine([Root, .. parts]);
}

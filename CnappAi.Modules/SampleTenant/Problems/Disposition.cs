namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>The truth about a problem, whatever each tool says: still there, fixed, or a risk the owner accepted.</summary>
internal enum Disposition
{
    Open,
    Resolved,
    AcceptedRisk,
}

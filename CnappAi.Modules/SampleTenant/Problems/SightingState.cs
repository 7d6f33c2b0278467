namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>Where a tool's record of a problem stands; tools lag and disagree, so sightings of one problem differ.</summary>
internal enum SightingState
{
    Open,
    InProgress,
    Resolved,
    Suppressed,
}

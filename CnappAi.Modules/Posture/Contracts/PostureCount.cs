namespace CnappAi.Modules.Posture.Contracts;

/// <summary>
/// Unified findings of one day (state at the end of the day, UTC) under one dimension key. <see cref="Open"/> counts open
/// and in-progress findings no exception covers; <see cref="CriticalHigh"/> is the critical and high part of it.
/// <see cref="Origin"/> is <c>job</c> (captured that day) or <c>backfill</c> (reconstructed from first-seen and last-seen dates).
/// </summary>
public sealed record PostureCount(
    DateOnly Day,
    string Dimension,
    string Key,
    int Total,
    int Open,
    int CriticalHigh,
    int Resolved,
    int Suppressed,
    string Origin);

namespace CnappAi.Tests.Risk.ThreatIntel;

/// <summary>How <see cref="FeedServer"/> answers.</summary>
public enum FeedMode
{
    Ok,
    ServerError,
    Truncated,
}

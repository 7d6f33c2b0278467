namespace CnappAi.Modules.Risk.Contracts;

/// <summary>The CISA SSVC decisions, least to most urgent.</summary>
public enum SsvcOutcome
{
    /// <summary>No action now; remediate within standard update timelines.</summary>
    Track = 0,

    /// <summary>Track*: characteristics that call for closer monitoring; standard timelines.</summary>
    TrackStar = 1,

    /// <summary>Supervisory attention; remediate sooner than standard timelines.</summary>
    Attend = 2,

    /// <summary>Leadership attention; remediate as soon as possible.</summary>
    Act = 3,
}

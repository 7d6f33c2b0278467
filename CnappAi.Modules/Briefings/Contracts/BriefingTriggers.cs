namespace CnappAi.Modules.Briefings.Contracts;

/// <summary>What started a briefing, recorded as its provenance.</summary>
public static class BriefingTriggers
{
    public const string OnDemand = "on-demand";
    public const string CommandLine = "cli";
    public const string Daily = "schedule:daily";
    public const string Weekly = "schedule:weekly";
}

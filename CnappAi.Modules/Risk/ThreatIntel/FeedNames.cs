namespace CnappAi.Modules.Risk.ThreatIntel;

internal static class FeedNames
{
    public const string Kev = "kev";
    public const string Epss = "epss";
}

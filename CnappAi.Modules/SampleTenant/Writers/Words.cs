using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>Severity words as each vendor spells them.</summary>
internal static class Words
{
    public static string Upper(Level level) => level switch
    {
        Level.Critical => "CRITICAL",
        Level.High => "HIGH",
        Level.Medium => "MEDIUM",
        Level.Low => "LOW",
        _ => "INFORMATIONAL",
    };

    public static string Lower(Level level) => level == Level.Info ? "informational" : level.ToString().ToLowerInvariant();

    /// <summary>Lacework and Defender sub-assessments: title case.</summary>
    public static string Title(Level level) => level switch
    {
        Level.Info => "Info",
        _ => level.ToString(),
    };

    /// <summary>Defender alerts and recommendations stop at High.</summary>
    public static string Defender(Level level) => level switch
    {
        Level.Critical or Level.High => "High",
        Level.Info => "Informational",
        _ => level.ToString(),
    };

    /// <summary>ASFF <c>Severity.Normalized</c> (0-100) for a label.</summary>
    public static int Normalized(Level level) => level switch
    {
        Level.Critical => 90,
        Level.High => 70,
        Level.Medium => 40,
        Level.Low => 1,
        _ => 0,
    };
}

using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>Prisma Cloud's severity and status vocabularies mapped onto the unified scales.</summary>
internal static class PrismaScales
{
    /// <summary>CSPM <c>policy.severity</c>.</summary>
    public static ScaleTable<Severity> AlertSeverity { get; } = new(new Dictionary<string, Severity>
    {
        ["critical"] = Severity.Critical,
        ["high"] = Severity.High,
        ["medium"] = Severity.Medium,
        ["low"] = Severity.Low,
        ["informational"] = Severity.Info,
    });

    /// <summary>CSPM alert <c>status</c>.</summary>
    public static ScaleTable<FindingStatus> AlertStatus { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["open"] = FindingStatus.Open,
        ["resolved"] = FindingStatus.Resolved,
        ["dismissed"] = FindingStatus.Suppressed,

        // A snooze is a time-boxed dismissal: Prisma reopens the alert by itself when it expires.
        ["snoozed"] = FindingStatus.Suppressed,

        // Remediation was run and Prisma waits for the next scan to confirm it; not closed yet.
        ["pending_resolution"] = FindingStatus.InProgress,
    });

    /// <summary>Compute (Twistlock) vulnerability and compliance severities, including the distro-tracker words it passes through.</summary>
    public static ScaleTable<Severity> ComputeSeverity { get; } = new(new Dictionary<string, Severity>
    {
        ["critical"] = Severity.Critical,
        ["high"] = Severity.High,
        ["important"] = Severity.High,
        ["medium"] = Severity.Medium,
        ["moderate"] = Severity.Medium,
        ["low"] = Severity.Low,
        ["negligible"] = Severity.Info,
        ["unimportant"] = Severity.Info,
    });

    /// <summary>Used when a record carries no severity, or one outside the table: neither buried as info nor inflated.</summary>
    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;
}

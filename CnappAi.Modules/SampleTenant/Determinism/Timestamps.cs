using System.Globalization;

namespace CnappAi.Modules.SampleTenant.Determinism;

/// <summary>The timestamp spellings each vendor uses on the wire.</summary>
internal static class Timestamps
{
    /// <summary>Wiz: ISO-8601 UTC with microseconds (<c>2024-05-02T07:56:09.903743Z</c>).</summary>
    public static string Wiz(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>AWS, SCC, Lacework: milliseconds and <c>Z</c>.</summary>
    public static string Millis(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Orca: seconds with a <c>+00:00</c> offset.</summary>
    public static string Offset(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>Azure Resource Manager: seven fractional digits and <c>Z</c>.</summary>
    public static string Arm(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Prisma Cloud: epoch milliseconds.</summary>
    public static long EpochMillis(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

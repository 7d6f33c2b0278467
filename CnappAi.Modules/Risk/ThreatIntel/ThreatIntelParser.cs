using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>
/// Parses the feeds in the publishers' own formats: the CISA KEV JSON (<c>vulnerabilities[].cveID/dateAdded</c>) and
/// the FIRST EPSS CSV (<c>cve,epss,percentile</c>, optionally gzip'd, optionally headed by a <c>#model_version</c> line).
/// Rejects a feed that looks truncated, so a bad download never replaces a good copy.
/// </summary>
internal static class ThreatIntelParser
{
    public const int MinKevEntries = 500;
    public const int MinEpssEntries = 100_000;

    public static (IReadOnlyDictionary<long, KevEntry> Entries, string Version) Kev(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var version = root.TryGetProperty("catalogVersion", out var v) ? v.GetString() ?? "unknown" : "unknown";
        var entries = new Dictionary<long, KevEntry>();
        foreach (var item in root.GetProperty("vulnerabilities").EnumerateArray())
        {
            if (CveKey.Of(item.GetProperty("cveID").GetString()) is not { } key)
            {
                continue;
            }

            var added = item.TryGetProperty("dateAdded", out var d) && DateOnly.TryParse(d.GetString(), CultureInfo.InvariantCulture, out var date) ? date : default;
            var ransomware = item.TryGetProperty("knownRansomwareCampaignUse", out var r) && string.Equals(r.GetString(), "Known", StringComparison.OrdinalIgnoreCase);
            entries[key] = new KevEntry(added, ransomware);
        }

        return entries.Count >= MinKevEntries
            ? (entries, version)
            : throw new InvalidDataException($"KEV feed has {entries.Count} entries; expected at least {MinKevEntries}");
    }

    public static (IReadOnlyDictionary<long, (float, float)> Entries, string Version) Epss(Stream csv, string fallbackVersion)
    {
        using var reader = new StreamReader(IsGzip(csv) ? new GZipStream(csv, CompressionMode.Decompress, leaveOpen: true) : csv, leaveOpen: true);
        var entries = new Dictionary<long, (float, float)>(400_000);
        var version = fallbackVersion;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                version = line.Contains("score_date:", StringComparison.Ordinal) ? line[(line.IndexOf("score_date:", StringComparison.Ordinal) + 11)..].Trim() : version;
                continue;
            }

            // Spans rather than Split: 360,000 lines are parsed on every cold start.
            var span = line.AsSpan();
            var first = span.IndexOf(',');
            var second = first < 0 ? -1 : span[(first + 1)..].IndexOf(',') + first + 1;
            if (second > first && CveKey.Of(line[..first]) is { } key
                && float.TryParse(span[(first + 1)..second], NumberStyles.Float, CultureInfo.InvariantCulture, out var epss)
                && float.TryParse(span[(second + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var percentile))
            {
                entries[key] = (epss, percentile);
            }
        }

        return entries.Count >= MinEpssEntries
            ? (entries, version)
            : throw new InvalidDataException($"EPSS feed has {entries.Count} rows; expected at least {MinEpssEntries}");
    }

    public static IReadOnlyDictionary<long, SsvcHint> Ssvc(Stream csv)
    {
        using var reader = new StreamReader(csv);
        var hints = new Dictionary<long, SsvcHint>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length >= 4 && CveKey.Of(parts[0]) is { } key)
            {
                hints[key] = new SsvcHint(parts[1].Trim().ToLowerInvariant(), parts[2].Trim().Equals("yes", StringComparison.OrdinalIgnoreCase),
                    parts[3].Trim().Equals("total", StringComparison.OrdinalIgnoreCase));
            }
        }

        return hints;
    }

    private static bool IsGzip(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var first = stream.ReadByte();
        var second = stream.ReadByte();
        stream.Seek(-Math.Min(stream.Position, 2), SeekOrigin.Current);
        return first == 0x1f && second == 0x8b;
    }
}

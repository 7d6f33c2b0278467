using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Orca;

/// <summary>An alert's <c>state</c>: lifecycle, the legacy 1-4 score and label, and the newer 0-10 score with its risk level.</summary>
internal static class OrcaState
{
    public static void Write(Utf8JsonWriter w, Sighting s)
    {
        w.WriteStartObject("state");
        w.WriteString("alert_id", s.RecordId);
        w.WriteString("status", s.State switch
        {
            SightingState.InProgress => "in_progress",
            SightingState.Resolved => "closed",
            SightingState.Suppressed => "dismissed",
            _ => "open",
        });
        w.WriteString("status_time", Timestamps.Offset(s.ResolvedAt ?? s.FirstSeen));
        w.WriteString("created_at", Timestamps.Offset(s.FirstSeen));
        w.WriteString("last_seen", Timestamps.Offset(s.LastSeen));
        w.WriteString("last_updated", Timestamps.Offset(s.ResolvedAt ?? s.LastSeen));
        w.WriteNumber("score", s.Level switch { Level.Critical => 1, Level.High => 2, Level.Medium => 3, _ => 4 });
        var (low, high) = s.Level switch
        {
            Level.Critical => (9.0, 9.9),
            Level.High => (7.0, 8.9),
            Level.Medium => (4.0, 6.9),
            Level.Low => (1.0, 3.9),
            _ => (0.0, 0.0),
        };
        var fraction = StableIds.Number("orca-score:" + s.RecordId, 1000) / 1000.0;
        w.WriteNumber("orca_score", Math.Round(low + ((high - low) * fraction), 1));
        w.WriteString("severity", s.Level switch
        {
            Level.Critical => "compromised",
            Level.High => "imminent compromise",
            Level.Medium => "hazardous",
            _ => "informational",
        });
        w.WriteString("risk_level", Words.Lower(s.Level));
        w.WriteNull("high_since");
        w.WriteNull("low_since");
        w.WriteBoolean("in_verification", false);
        w.WriteNull("verification_status");
        w.WriteEndObject();
    }
}

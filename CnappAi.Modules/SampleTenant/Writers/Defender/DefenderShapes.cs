using System.Text.Json;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Defender;

/// <summary>The ARM list envelope (<c>{"value":[...],"nextLink":...}</c>) and status codes Defender uses.</summary>
internal static class DefenderShapes
{
    public static PageEnvelope Envelope(string resource, string apiVersion) => new(
        (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("value");
        },
        (w, page) =>
        {
            w.WriteEndArray();
            w.WriteString("nextLink", page.NextToken is { } token
                ? $"https://management.azure.com/providers/Microsoft.Security/{resource}?api-version={apiVersion}&$skipToken={token}"
                : null);
            w.WriteEndObject();
        });

    /// <summary><c>status</c> of an assessment or sub-assessment: exemptions are NotApplicable with cause Exempt.</summary>
    public static void Status(Utf8JsonWriter w, Sighting s, string? severity = null)
    {
        w.WriteStartObject("status");
        w.WriteString("code", s.State switch
        {
            SightingState.Resolved => "Healthy",
            SightingState.Suppressed => "NotApplicable",
            _ => "Unhealthy",
        });
        if (s.Acceptance is { } acceptance)
        {
            w.WriteString("cause", "Exempt");
            w.WriteString("description", $"Exempt: {acceptance.Reason} (owner {acceptance.Owner}, until {Determinism.Timestamps.Date(acceptance.Expires)})");
        }

        if (severity is not null)
        {
            w.WriteString("severity", severity);
        }

        w.WriteString("firstEvaluationDate", Determinism.Timestamps.Arm(s.FirstSeen));
        w.WriteString("statusChangeDate", Determinism.Timestamps.Arm(s.ResolvedAt ?? s.FirstSeen));
        w.WriteEndObject();
    }
}

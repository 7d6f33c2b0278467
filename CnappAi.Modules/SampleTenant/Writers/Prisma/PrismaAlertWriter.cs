using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Prisma;

/// <summary>Prisma Cloud CSPM alerts as <c>POST /v2/alert?detailed=true</c> pages return them (vendor-apis.md 2.2-2.4).</summary>
internal sealed class PrismaAlertWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("prisma", "alerts"), "prisma-alerts", "alerts", StreamLayout.PageSize(OutputStream.PrismaAlerts), total, Envelope))
{
    private static readonly PageEnvelope Envelope = new(
        (w, page) =>
        {
            w.WriteStartObject();
            w.WriteNumber("totalRows", page.Total);
            w.WriteStartArray("items");
        },
        (w, page) =>
        {
            w.WriteEndArray();
            w.WriteString("nextPageToken", page.NextToken);
            w.WriteEndObject();
        });

    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var rule = s.Rule!;
        var status = Status(s);
        w.WriteStartObject();
        w.WriteString("id", s.RecordId);
        w.WriteString("status", status);
        w.WriteString("reason", s.State == SightingState.Resolved ? "RESOURCE_UPDATED" : "NEW_ALERT");
        w.WriteNumber("alertTime", Timestamps.EpochMillis(s.FirstSeen));
        w.WriteNumber("firstSeen", Timestamps.EpochMillis(s.FirstSeen));
        w.WriteNumber("lastSeen", Timestamps.EpochMillis(s.LastSeen));
        w.WriteNumber("lastUpdated", Timestamps.EpochMillis(s.ResolvedAt ?? s.LastSeen));
        w.WriteString("policyId", rule.Id);
        if (s.Acceptance is { } acceptance)
        {
            w.WriteString("dismissalNote", $"{acceptance.Reason} (until {Timestamps.Date(acceptance.Expires)})");
            w.WriteString("dismissedBy", acceptance.Owner);
        }

        PrismaPolicy.Write(w, problem, rule, s.Level);
        PrismaResource.Write(w, problem.Asset);
        w.WriteStartArray("history");
        History(w, "NEW_ALERT", "open", s.FirstSeen);
        if (status != "open")
        {
            History(w, s.State == SightingState.Resolved ? "RESOURCE_UPDATED" : "USER_DISMISSED", status, s.ResolvedAt ?? s.LastSeen);
        }

        w.WriteEndArray();
        w.WriteStartObject("alertAdditionalInfo");
        w.WriteString("scannerVersion", "CS_2.0");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Status(Sighting s) => s.State switch
    {
        SightingState.Resolved => "resolved",
        SightingState.Suppressed => s.RecordId.EndsWith('7') ? "snoozed" : "dismissed",
        _ => "open",
    };

    private static void History(Utf8JsonWriter w, string reason, string status, DateTimeOffset at)
    {
        w.WriteStartObject();
        w.WriteString("modifiedBy", "Prisma Cloud System Admin");
        w.WriteNumber("modifiedOn", Timestamps.EpochMillis(at));
        w.WriteString("reason", reason);
        w.WriteString("status", status);
        w.WriteEndObject();
    }
}

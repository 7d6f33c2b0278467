using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// An alert's evidence, <c>GET /api/v2/Alerts/{alertId}?scope=Events</c>: raw events (CloudTrail records, process
/// events) behind an alert, not findings. Recognised so the user is told plainly, rather than "unknown format",
/// that the file holds nothing to import: one rejection for the file, never a finding per event.
/// </summary>
internal sealed class LaceworkAlertEventsParser : JsonDocumentParser
{
    public const string Unsupported =
        "unsupported: Lacework alert events (Alerts/{alertId}?scope=Events) carry no findings; import the Alerts list or the alert Details instead";

    public override string Source => "lacework";

    public override string Format => "lacework-alert-events";

    public override int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json
            && sniff.Has("data[].eventName")
            && sniff.Has("data[].eventSource")
            && sniff.HasAny("data[].recipientAccountId", "data[].awsRegion", "data[].userIdentity")
            ? 40
            : 0;

    protected override IEnumerable<ParseResult> Map(JsonElement root) =>
        root.Items("data").Any() ? [ParseResult.Reject("/data", Unsupported, null)] : [];
}

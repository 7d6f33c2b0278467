using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Wiz;

/// <summary>Issue notes: where an owner recorded a risk acceptance when they rejected the issue.</summary>
internal static class WizNotes
{
    public static void Write(Utf8JsonWriter w, Sighting s)
    {
        w.WriteStartArray("notes");
        if (s.Acceptance is { } acceptance)
        {
            var at = Timestamps.Wiz(s.LastSeen);
            w.WriteStartObject();
            w.WriteString("id", StableIds.Guid("wiz-note:" + s.RecordId));
            w.WriteString("createdAt", at);
            w.WriteString("updatedAt", at);
            w.WriteString("text", $"Risk accepted until {Timestamps.Date(acceptance.Expires)}: {acceptance.Reason}");
            w.WriteStartObject("user");
            w.WriteString("name", acceptance.Owner);
            w.WriteString("email", acceptance.Owner);
            w.WriteEndObject();
            w.WriteNull("serviceAccount");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

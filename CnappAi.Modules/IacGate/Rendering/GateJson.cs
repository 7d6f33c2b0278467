using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Modules.IacGate.Rendering;

/// <summary>The JSON report: camelCase keys, enums as lower-case words (priorities as <c>P1</c>…<c>P4</c>).</summary>
internal static class GateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },

        // Relaxed escaping keeps code and paths readable; the JSON is served as application/json, never as HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(GateReport report) => JsonSerializer.Serialize(report, Options);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnappAi.Modules.Briefings.GenerateBriefing;

internal static class BriefingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}

using System.Text.Json.Serialization;

namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>The P1–P4 priority scale of the risk model (P1 most urgent); <c>--fail-on</c> names a threshold on it.</summary>
public enum GatePriority
{
    [JsonStringEnumMemberName("P1")]
    P1 = 1,

    [JsonStringEnumMemberName("P2")]
    P2 = 2,

    [JsonStringEnumMemberName("P3")]
    P3 = 3,

    [JsonStringEnumMemberName("P4")]
    P4 = 4,
}

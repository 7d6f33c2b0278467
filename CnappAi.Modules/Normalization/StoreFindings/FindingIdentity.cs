using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.StoreFindings;

/// <summary>Stable ids and change detection: hashes, so re-importing the same record is recognised without comparing fields one by one.</summary>
internal static class FindingIdentity
{
    private static readonly JsonSerializerOptions HashJson = new() { WriteIndented = false };

    public static string IdOf(string source, string sourceFindingId) =>
        Hex(SHA256.HashData(Encoding.UTF8.GetBytes($"{source.ToLowerInvariant()}\n{sourceFindingId}")))[..32];

    public static string IdOf(NormalizedObservation observation) => IdOf(observation.Source, observation.SourceFindingId);

    /// <summary>Covers every stored field, so any change in the source record or in our mapping counts as an update.</summary>
    public static string ContentHashOf(FindingWrite write) =>
        Hex(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(
            new { write.Observation, write.ClusterId, write.RiskScore, write.Priority }, HashJson)))[..32];

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

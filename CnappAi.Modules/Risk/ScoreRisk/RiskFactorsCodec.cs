using System.Buffers;
using System.Text;
using System.Text.Json;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// Stores a score's breakdown compactly on the finding row: <c>{"m":model,"r":raw,"f":[[code,contribution,input]...],
/// "s":[exploitation,automatable,total,mission,outcome,evidence...]}</c>, about 450 bytes. Factors that read nothing
/// and add nothing are left out and come back as "unknown" when decoded, so every breakdown lists every factor.
/// </summary>
internal static class RiskFactorsCodec
{
    public static string Encode(RiskResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(384);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("m", RiskModel.Name);
            w.WriteNumber("r", result.RawTotal);
            w.WriteStartArray("f");
            foreach (var f in result.Factors.Where(f => f.Contribution != 0 || f.Input != FactorCodes.DefaultOf(f.Code)))
            {
                w.WriteStartArray();
                w.WriteStringValue(f.Code);
                w.WriteNumberValue(f.Contribution);
                w.WriteStringValue(f.Input);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            if (result.Ssvc is { } s)
            {
                w.WriteStartArray("s");
                w.WriteNumberValue((int)s.Exploitation);
                w.WriteBooleanValue(s.Automatable);
                w.WriteBooleanValue(s.TotalTechnicalImpact);
                w.WriteNumberValue((int)s.MissionImpact);
                w.WriteNumberValue((int)s.Outcome);
                foreach (var (point, why) in s.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    w.WriteStringValue($"{point}={why}");
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static (string Model, double Raw, IReadOnlyList<RiskFactor> Factors, SsvcDecision? Ssvc) Decode(string? encoded)
    {
        var stored = new Dictionary<string, (double, string)>(StringComparer.Ordinal);
        var model = "unknown";
        var raw = 0.0;
        SsvcDecision? ssvc = null;
        if (!string.IsNullOrEmpty(encoded))
        {
            using var document = JsonDocument.Parse(encoded);
            var root = document.RootElement;
            model = root.GetProperty("m").GetString() ?? model;
            raw = root.GetProperty("r").GetDouble();
            foreach (var f in root.GetProperty("f").EnumerateArray())
            {
                stored[f[0].GetString()!] = (f[1].GetDouble(), f[2].GetString()!);
            }

            if (root.TryGetProperty("s", out var s))
            {
                var evidence = s.EnumerateArray().Skip(5).Select(e => e.GetString()!.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
                ssvc = new SsvcDecision((SsvcOutcome)s[4].GetInt32(), (SsvcExploitation)s[0].GetInt32(), s[1].GetBoolean(), s[2].GetBoolean(), (SsvcMissionImpact)s[3].GetInt32(), evidence);
            }
        }

        var factors = FactorCodes.All
            .Select(c => stored.TryGetValue(c.Code, out var v) ? new RiskFactor(c.Code, c.Name, v.Item2, v.Item1) : new RiskFactor(c.Code, c.Name, c.Default, 0))
            .ToList();
        return (model, raw, factors, ssvc);
    }
}

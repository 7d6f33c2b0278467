using System.Text.Json;

namespace CnappAi.Tests.SampleTenant;

/// <summary>The ground truth a sample tenant's <c>manifest.ndjson</c> holds, read the way a test harness would.</summary>
internal sealed class SampleManifest
{
    private SampleManifest(JsonElement header, List<JsonElement> resources, List<ManifestProblem> problems, List<JsonElement> paths, List<JsonElement> accounts)
    {
        Header = header;
        Resources = resources.ToDictionary(r => r.GetProperty("uid").GetString()!, StringComparer.Ordinal);
        Problems = problems;
        Paths = paths;
        Accounts = accounts;
    }

    public JsonElement Header { get; }

    public IReadOnlyDictionary<string, JsonElement> Resources { get; }

    public IReadOnlyList<ManifestProblem> Problems { get; }

    public IReadOnlyList<JsonElement> Paths { get; }

    public IReadOnlyList<JsonElement> Accounts { get; }

    public int Count(string name) => Header.GetProperty("counts").GetProperty(name).GetInt32();

    /// <summary>Every observation the manifest expects, by (source, source finding id).</summary>
    public Dictionary<(string Source, string Id), (ManifestProblem Problem, ManifestObservation Observation)> Observations() =>
        Problems.SelectMany(p => p.Observations.Select(o => (p, o))).ToDictionary(x => (x.o.Source, x.o.Id), x => (x.p, x.o));

    public static SampleManifest Read(string path)
    {
        JsonElement header = default;
        List<JsonElement> resources = [], paths = [], accounts = [];
        List<ManifestProblem> problems = [];
        foreach (var line in File.ReadLines(path))
        {
            var record = JsonDocument.Parse(line).RootElement;
            switch (record.GetProperty("manifest").GetString())
            {
                case "header": header = record; break;
                case "account": accounts.Add(record); break;
                case "resource": resources.Add(record); break;
                case "attack-path": paths.Add(record); break;
                case "problem": problems.Add(ManifestProblem.From(record)); break;
                default: throw new InvalidDataException($"unexpected manifest record: {line}");
            }
        }

        return new SampleManifest(header, resources, problems, paths, accounts);
    }
}

internal sealed record ManifestProblem(string Id, string Kind, string Key, string Resource, string Disposition, bool Kev, IReadOnlyList<ManifestObservation> Observations)
{
    public static ManifestProblem From(JsonElement r) => new(
        r.GetProperty("id").GetString()!,
        r.GetProperty("kind").GetString()!,
        r.GetProperty("key").GetString()!,
        r.GetProperty("resource").GetString()!,
        r.GetProperty("disposition").GetString()!,
        r.TryGetProperty("kev", out var kev) && kev.GetBoolean(),
        [.. r.GetProperty("observations").EnumerateArray().Select(o => new ManifestObservation(
            o.GetProperty("source").GetString()!,
            o.GetProperty("id").GetString()!,
            o.GetProperty("severity").GetString()!,
            o.GetProperty("status").GetString()!,
            o.GetProperty("records").GetInt32()))]);
}

internal sealed record ManifestObservation(string Source, string Id, string Severity, string Status, int Records);

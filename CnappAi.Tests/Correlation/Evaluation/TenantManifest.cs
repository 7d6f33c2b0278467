using System.Text.Json;

namespace CnappAi.Tests.Correlation.Evaluation;

/// <summary>
/// The ground truth a sample tenant writes beside its payloads (<c>manifest.ndjson</c>, schema
/// <c>cnappai-sample-manifest/1</c>, docs/sample-tenant.md): which observations (source + source finding id) describe
/// the same problem, each problem's disposition, and which resources are crown jewels and on the true attack path.
/// </summary>
internal sealed record TenantManifest(IReadOnlyList<ManifestProblem> Problems, IReadOnlyDictionary<string, ManifestResource> Resources, IReadOnlySet<string> PathProblems)
{
    public static TenantManifest Read(string path)
    {
        var problems = new List<ManifestProblem>();
        var resources = new Dictionary<string, ManifestResource>(StringComparer.Ordinal);
        var pathProblems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            switch (root.GetProperty("manifest").GetString())
            {
                case "problem":
                    problems.Add(new ManifestProblem(
                        root.GetProperty("id").GetString()!,
                        root.GetProperty("kind").GetString()!,
                        root.GetProperty("key").GetString()!,
                        root.GetProperty("resource").GetString()!,
                        root.GetProperty("disposition").GetString()!,
                        root.TryGetProperty("kev", out var kev) && kev.GetBoolean(),
                        root.TryGetProperty("noise", out var noise) && noise.GetBoolean(),
                        [.. root.GetProperty("observations").EnumerateArray().Select(o => (o.GetProperty("source").GetString()!, o.GetProperty("id").GetString()!))]));
                    break;
                case "resource":
                    var uid = root.GetProperty("uid").GetString()!;
                    resources[uid] = new ManifestResource(uid, root.GetProperty("environment").GetString()!, root.GetProperty("internetFacing").GetBoolean(), root.GetProperty("crownJewel").GetBoolean());
                    break;
                case "attack-path":
                    foreach (var step in root.GetProperty("steps").EnumerateArray())
                    {
                        pathProblems.UnionWith(step.GetProperty("enabledBy").EnumerateArray().Select(e => e.GetString()!));
                    }

                    break;
            }
        }

        return new TenantManifest(problems, resources, pathProblems);
    }
}

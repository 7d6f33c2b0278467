using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>The CVEs that can appear on an asset: host packages on machines, base-image and language libraries in images and functions.</summary>
internal static class CveCatalog
{
    private static readonly IReadOnlyList<CveEntry> All = [.. HostCves.All, .. LibraryCves.All];

    public static CveEntry Get(string id) => All.First(c => c.Id == id);

    public static IReadOnlyList<CveEntry> For(Asset asset, bool runsWebServer) => asset.Kind switch
    {
        AssetKind.Vm => [.. All.Where(c => c.Ecosystem is Ecosystem.Host or Ecosystem.OsLibrary || (runsWebServer && c.Ecosystem == Ecosystem.WebServer))],
        AssetKind.Image => [.. All.Where(c => c.Ecosystem == Ecosystem.OsLibrary || c.Ecosystem == Language(asset.App.Stack))],
        AssetKind.Function => [.. All.Where(c => c.Ecosystem == Language(Runtime(asset.Platform)))],
        _ => [],
    };

    private static Ecosystem? Language(string stack) => stack switch
    {
        "java" => Ecosystem.Maven,
        "node" => Ecosystem.Npm,
        "python" => Ecosystem.PyPI,
        "go" => Ecosystem.Go,
        _ => null,
    };

    private static string Runtime(string? platform) => platform switch
    {
        null => string.Empty,
        _ when platform.StartsWith("node", StringComparison.Ordinal) => "node",
        _ when platform.StartsWith("python", StringComparison.Ordinal) => "python",
        _ when platform.StartsWith("java", StringComparison.Ordinal) => "java",
        _ when platform.StartsWith("go", StringComparison.Ordinal) => "go",
        _ => string.Empty,
    };
}

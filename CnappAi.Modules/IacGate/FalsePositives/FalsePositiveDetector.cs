using CnappAi.Modules.IacGate.EvaluateScan;

namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>
/// Says why an issue is probably not a real risk: the code is test, example or fixture code that is never deployed,
/// or it deploys only to a development workspace. Such issues are reported but, outside strict mode, do not block.
/// </summary>
internal sealed class FalsePositiveDetector(IReadOnlyList<string> devWorkspaces)
{
    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "testing", "testdata", "test-data", "test_data", "__tests__", "fixture", "fixtures",
        "example", "examples", "sample", "samples", "demo", "demos", "mock", "mocks",
    };

    private static readonly string[] TestFileSuffixes = [".tftest.hcl", "_test.tf", ".test.tf", "_test.yaml", "_test.yml"];

    public string? ReasonFor(ScannedCheck check, string? workspace, ExceptionsDocument exceptions)
    {
        var segments = check.File.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var folders = segments.Length > 1 ? segments[..^1] : [];
        if (folders.FirstOrDefault(TestFolders.Contains) is { } folder)
        {
            return $"the file is under '{folder}/', a folder of test or example code that is not deployed";
        }

        if (segments.Length > 0 && TestFileSuffixes.FirstOrDefault(s => segments[^1].EndsWith(s, StringComparison.OrdinalIgnoreCase)) is { } suffix)
        {
            return $"'{segments[^1]}' is a test file ({suffix})";
        }

        if (exceptions.TestPaths?.FirstOrDefault(g => PathGlob.Matches(g, check.File)) is { } glob)
        {
            return $"the file matches '{glob}', listed as test or example code in the exceptions file";
        }

        var dev = devWorkspaces.Concat(exceptions.DevWorkspaces ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (workspace is not null && dev.Contains(workspace))
        {
            return $"the scan is for the '{workspace}' workspace, which deploys to a development environment only";
        }

        return folders.FirstOrDefault(dev.Contains) is { } environment
            ? $"the file is under '{environment}/', a development-only environment"
            : null;
    }
}

using Microsoft.Extensions.FileSystemGlobbing;

namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>Glob matching of scanned paths (<c>modules/legacy/**</c>, <c>**/*_test.tf</c>), case-insensitive.</summary>
internal static class PathGlob
{
    public static bool Matches(string glob, string path)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddInclude(glob.Replace('\\', '/').TrimStart('/'));
        return matcher.Match(path.TrimStart('/')).HasMatches;
    }
}

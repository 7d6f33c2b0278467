using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>
/// Vulnerability fixes depend on where the package lives: a dependency manifest gets the package manager's upgrade,
/// an image gets a rebuild, a host gets the distribution's package upgrade.
/// </summary>
internal static class PackageFixes
{
    public static IReadOnlyList<FixSnippet> For(FindingView finding, IReadOnlyDictionary<string, string> v)
    {
        var package = v["package"];
        var version = v["fixed_version"];
        var where = $"{finding.Resource.Name} {finding.Resource.Uid} {finding.Title}".ToLowerInvariant();
        return finding.Resource.Class switch
        {
            ResourceClass.Image or ResourceClass.Container =>
            [
                new(FixFormat.Dockerfile, $"Upgrade {package} in the image (or move to a base image that ships {version})",
                    $"# Debian/Ubuntu base\nRUN apt-get update && apt-get install -y --only-upgrade {package} && rm -rf /var/lib/apt/lists/*\n# Alpine base\nRUN apk upgrade --no-cache {package}"),
                new(FixFormat.Shell, "Rebuild, scan and roll out", $"docker build -t {finding.Resource.Name ?? "<image>"} .\ntrivy image --severity HIGH,CRITICAL {finding.Resource.Name ?? "<image>"}\nkubectl set image deployment/<deployment> <container>={finding.Resource.Name ?? "<image>"}"),
            ],
            ResourceClass.Vm =>
            [
                new(FixFormat.Shell, $"Upgrade {package} on the host",
                    $"# Debian/Ubuntu\nsudo apt-get update && sudo apt-get install -y --only-upgrade {package}\n# RHEL/Amazon Linux\nsudo dnf upgrade -y {package}"),
            ],
            _ => [Manifest(package, version, where)],
        };
    }

    private static FixSnippet Manifest(string package, string version, string where) => where switch
    {
        _ when where.Contains("package.json") || where.Contains("package-lock") || where.Contains("yarn.lock") || where.Contains("npm") =>
            new(FixFormat.Shell, "npm", $"npm install {package}@{version}\nnpm audit --omit=dev"),
        _ when where.Contains("requirements") || where.Contains("pipfile") || where.Contains("poetry") || where.Contains("python") || where.Contains("pip") =>
            new(FixFormat.Shell, "pip", $"pip install --upgrade '{package}>={version}'\n# then pin it in requirements.txt: {package}>={version}"),
        _ when where.Contains("pom.xml") || where.Contains("gradle") || package.Contains(':', StringComparison.Ordinal) =>
            new(FixFormat.Shell, "Maven / Gradle", $"<!-- pom.xml -->\n<dependency>\n  <groupId>{package.Split(':')[0]}</groupId>\n  <artifactId>{package.Split(':').Last()}</artifactId>\n  <version>{version}</version>\n</dependency>"),
        _ when where.Contains("go.mod") || where.Contains("go.sum") => new(FixFormat.Shell, "Go modules", $"go get {package}@v{version.TrimStart('v')}\ngo mod tidy"),
        _ when where.Contains("gemfile") => new(FixFormat.Shell, "Bundler", $"bundle update {package} --conservative"),
        _ when where.Contains(".csproj") || where.Contains("packages.lock") || where.Contains("nuget") => new(FixFormat.Shell, "NuGet", $"dotnet add package {package} --version {version}"),
        _ => new(FixFormat.Shell, "Upgrade the dependency with its package manager",
            $"# npm\nnpm install {package}@{version}\n# pip\npip install --upgrade '{package}>={version}'\n# Go\ngo get {package}@v{version.TrimStart('v')}"),
    };
}

using CnappAi.Modules.Ingestion.Parsers.Trivy;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyTargetsTests
{
    [Theory]
    [InlineData("alpine:3.12 (alpine 3.12.0)", "alpine", "alpine:3.12")]
    [InlineData("noppaknopsta/example-app:main-159 (debian 10.13)", "debian", "noppaknopsta/example-app:main-159")]
    [InlineData("debian (debian 10.8)", "debian", "debian")]
    [InlineData("registry.example.com:5000/team/app@sha256:abc (ubuntu 22.04)", "ubuntu", "registry.example.com:5000/team/app@sha256:abc")]
    public void ImageOf_OsPackagesTarget_ReturnsImageReference(string target, string type, string expected) =>
        TrivyTargets.ImageOf(target, type).ShouldBe(expected);

    [Theory]
    [InlineData("requirements.txt", "pip")]
    [InlineData("app/libs/commons-compress-1.14.jar", "jar")]
    [InlineData("teamdojo:latest (alpine 3.9.4)", "debian")]
    [InlineData("Java", "jar")]
    public void ImageOf_FileOrMismatchedFamily_ReturnsNull(string target, string type) =>
        TrivyTargets.ImageOf(target, type).ShouldBeNull();

    [Theory]
    [InlineData("docker.io/library/alpine@sha256:1234", "sha256:1234")]
    [InlineData("sha256:abcd", "sha256:abcd")]
    [InlineData("", null)]
    public void DigestOf_RepoDigest_ReturnsDigestPart(string repoDigest, string? expected) =>
        TrivyTargets.DigestOf(repoDigest).ShouldBe(expected);

    [Theory]
    [InlineData(null, "requirements.txt", "requirements.txt")]
    [InlineData("tofu/clusters/sandbox", "main.tf", "tofu/clusters/sandbox/main.tf")]
    [InlineData("tofu/clusters/sandbox", "../../aws-credentials/main.tf", "tofu/aws-credentials/main.tf")]
    [InlineData("lib/catalina.jar", "catalina.jar", "lib/catalina.jar")]
    [InlineData("./infra", "./modules/../main.tf", "infra/main.tf")]
    [InlineData("/home/ci/app", "Dockerfile", "/home/ci/app/Dockerfile")]
    [InlineData("app", "/etc/passwd", "/etc/passwd")]
    [InlineData("a", "../../b.tf", "../b.tf")]
    public void Under_TargetRelativeToScannedPath_ResolvesDotSegments(string? root, string path, string expected) =>
        TrivyTargets.Under(root, path).ShouldBe(expected);
}

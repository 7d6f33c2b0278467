using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class SourceFileIdsTests
{
    [Theory]
    [InlineData("github.com/acme/app", "./infra/main.tf", "file://github.com/acme/app/infra/main.tf", "main.tf")]
    [InlineData("https://github.com/acme/app.git", "/infra/main.tf", "file://github.com/acme/app/infra/main.tf", "main.tf")]
    [InlineData("git@github.com:acme/app.git", "infra/main.tf", "file://github.com/acme/app/infra/main.tf", "main.tf")]
    [InlineData("https://github.com/acme/app/", "././infra/main.tf", "file://github.com/acme/app/infra/main.tf", "main.tf")]
    [InlineData(null, "infra\\modules\\vpc.tf", "file://local/infra/modules/vpc.tf", "vpc.tf")]
    [InlineData(" ", "/Dockerfile", "file://local/Dockerfile", "Dockerfile")]
    [InlineData("acme-app", "k8s/deploy.yaml", "file://acme-app/k8s/deploy.yaml", "deploy.yaml")]
    public void SourceFile_RepositoryAndPath_BuildsTheFileUid(string? repository, string path, string uid, string name)
    {
        var built = ResourceAssert.Matches(ResourceIds.SourceFile(repository, path), CloudProvider.Code, null, null, "file", ResourceClass.SourceFile, name);

        built.Uid.ShouldBe(uid);
        ResourceAssert.RoundTrips(built);
    }

    [Theory]
    [InlineData("github.com/acme/app", null)]
    [InlineData("github.com/acme/app", "  ")]
    [InlineData("github.com/acme/app", "./")]
    [InlineData("github.com/acme/app", "infra/")]
    public void SourceFile_BlankPath_ReturnsNull(string? repository, string? path) =>
        ResourceIds.SourceFile(repository, path).ShouldBeNull();
}

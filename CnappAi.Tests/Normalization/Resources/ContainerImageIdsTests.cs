using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class ContainerImageIdsTests
{
    private const string Digest = "sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac";

    [Theory]
    [InlineData("nginx:1.2", null, "docker.io/library/nginx:1.2", "docker.io", "library/nginx", null)]
    [InlineData("nginx", null, "docker.io/library/nginx:latest", "docker.io", "library/nginx", null)]
    [InlineData("library/nginx:1.2", null, "docker.io/library/nginx:1.2", "docker.io", "library/nginx", null)]
    [InlineData("docker.io/nginx:1.2", null, "docker.io/library/nginx:1.2", "docker.io", "library/nginx", null)]
    [InlineData("index.docker.io/library/nginx:1.2", null, "docker.io/library/nginx:1.2", "docker.io", "library/nginx", null)]
    [InlineData("bitnami/redis:7", null, "docker.io/bitnami/redis:7", "docker.io", "bitnami/redis", null)]
    [InlineData("ghcr.io/acme/app:v1", null, "ghcr.io/acme/app:v1", "ghcr.io", "acme/app", null)]
    [InlineData("GHCR.IO/Acme/App:V1", null, "ghcr.io/acme/app:V1", "ghcr.io", "acme/app", null)]
    [InlineData("localhost:5000/app:dev", null, "localhost:5000/app:dev", "localhost:5000", "app", null)]
    [InlineData("localhost/app", null, "localhost/app:latest", "localhost", "app", null)]
    [InlineData("111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.4", null, "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/app:1.4", "111122223333.dkr.ecr.us-east-1.amazonaws.com", "team/app", "us-east-1")]
    [InlineData("acme.azurecr.io/app:1", null, "acme.azurecr.io/app:1", "acme.azurecr.io", "app", null)]
    [InlineData("us-central1-docker.pkg.dev/acme-prod/images/app:1", null, "us-central1-docker.pkg.dev/acme-prod/images/app:1", "us-central1-docker.pkg.dev", "acme-prod/images/app", "us-central1")]
    [InlineData("nginx:1.2", Digest, "docker.io/library/nginx@" + Digest, "docker.io", "library/nginx", null)]
    [InlineData("nginx@" + Digest, null, "docker.io/library/nginx@" + Digest, "docker.io", "library/nginx", null)]
    [InlineData("nginx:1.2@" + Digest, null, "docker.io/library/nginx@" + Digest, "docker.io", "library/nginx", null)]
    [InlineData("nginx", "4C0FDAA8B6341BFDECA5F18F7837462C80CFF90527EE35EF185571E1C327BEAC", "docker.io/library/nginx@" + Digest, "docker.io", "library/nginx", null)]
    [InlineData("docker://nginx:1.2", null, "docker.io/library/nginx:1.2", "docker.io", "library/nginx", null)]
    public void ContainerImage_Reference_NormalisesLikeDocker(string reference, string? digest, string uid, string registry, string repository, string? region)
    {
        var built = ResourceIds.ContainerImage(reference, digest);

        ResourceAssert.Matches(built, CloudProvider.Container, registry, region, "image", ResourceClass.Image, repository);
        built!.Uid.ShouldBe(uid);
        ResourceIds.ContainerImage(built.Uid).ShouldBe(built);
    }

    [Fact]
    public void ContainerImage_DigestOnly_IsIdentifiedByTheDigest() =>
        ResourceAssert.Matches(ResourceIds.ContainerImage(null, Digest), CloudProvider.Container, null, null, "image", ResourceClass.Image, null).Uid.ShouldBe(Digest);

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("", "not-a-digest")]
    [InlineData("not an image", null)]
    [InlineData("ghcr.io/", null)]
    [InlineData(":", null)]
    public void ContainerImage_BlankOrInvalidWithoutDigest_ReturnsNull(string? reference, string? digest) =>
        ResourceIds.ContainerImage(reference, digest).ShouldBeNull();
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class GcpNameParserTests
{
    [Theory]
    [InlineData("//compute.googleapis.com/projects/acme-prod/zones/us-central1-a/instances/web-1", "acme-prod", "us-central1-a", "compute/instances", ResourceClass.Vm, "web-1")]
    [InlineData("//compute.googleapis.com/projects/acme-prod/zones/us-central1-a/disks/web-1", "acme-prod", "us-central1-a", "compute/disks", ResourceClass.Other, "web-1")]
    [InlineData("//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-ssh", "acme-prod", null, "compute/firewalls", ResourceClass.Network, "allow-ssh")]
    [InlineData("//compute.googleapis.com/projects/acme-prod/regions/us-central1/subnetworks/app", "acme-prod", "us-central1", "compute/subnetworks", ResourceClass.Network, "app")]
    [InlineData("//storage.googleapis.com/acme-logs", null, null, "storage/buckets", ResourceClass.Bucket, "acme-logs")]
    [InlineData("//cloudresourcemanager.googleapis.com/projects/acme-prod", "acme-prod", null, "cloudresourcemanager/projects", ResourceClass.Account, "acme-prod")]
    [InlineData("//cloudresourcemanager.googleapis.com/projects/123456789012", "123456789012", null, "cloudresourcemanager/projects", ResourceClass.Account, "123456789012")]
    [InlineData("//cloudresourcemanager.googleapis.com/folders/456", "456", null, "cloudresourcemanager/folders", ResourceClass.Account, "456")]
    [InlineData("//cloudresourcemanager.googleapis.com/organizations/789", "789", null, "cloudresourcemanager/organizations", ResourceClass.Account, "789")]
    [InlineData("//cloudfunctions.googleapis.com/projects/acme-prod/locations/us-central1/functions/fn", "acme-prod", "us-central1", "cloudfunctions/functions", ResourceClass.Function, "fn")]
    [InlineData("//iam.googleapis.com/projects/acme-prod/serviceAccounts/sa@acme-prod.iam.gserviceaccount.com", "acme-prod", null, "iam/serviceAccounts", ResourceClass.Identity, "sa@acme-prod.iam.gserviceaccount.com")]
    [InlineData("//container.googleapis.com/projects/acme-prod/locations/us-central1/clusters/prod", "acme-prod", "us-central1", "container/clusters", ResourceClass.K8sCluster, "prod")]
    [InlineData("//bigquery.googleapis.com/projects/acme-prod/datasets/analytics", "acme-prod", null, "bigquery/datasets", ResourceClass.Database, "analytics")]
    public void Parse_DocumentedExamples_ParsesEveryField(string name, string? account, string? region, string type, ResourceClass resourceClass, string resourceName) =>
        ResourceAssert.Matches(ResourceIds.Parse(name), CloudProvider.Gcp, account, region, type, resourceClass, resourceName).Uid.ShouldBe(name);

    [Theory]
    [InlineData("//compute.googleapis.com/projects/123456789012/zones/europe-west1-b/instances/4519825465458173953", "123456789012", "europe-west1-b", "compute/instances", ResourceClass.Vm, "4519825465458173953")]
    [InlineData("//compute.googleapis.com/projects/p/global/networks/default", "p", null, "compute/networks", ResourceClass.Network, "default")]
    [InlineData("//compute.googleapis.com/projects/p/regions/us-east1/addresses/ip1", "p", "us-east1", "compute/addresses", ResourceClass.Network, "ip1")]
    [InlineData("//compute.googleapis.com/projects/p/global/forwardingRules/fr", "p", null, "compute/forwardingRules", ResourceClass.LoadBalancer, "fr")]
    [InlineData("//compute.googleapis.com/projects/p/global/backendServices/be", "p", null, "compute/backendServices", ResourceClass.LoadBalancer, "be")]
    [InlineData("//compute.googleapis.com/projects/p/global/urlMaps/um", "p", null, "compute/urlMaps", ResourceClass.LoadBalancer, "um")]
    [InlineData("//sqladmin.googleapis.com/projects/p/instances/db1", "p", null, "sqladmin/instances", ResourceClass.Database, "db1")]
    [InlineData("//spanner.googleapis.com/projects/p/instances/sp1", "p", null, "spanner/instances", ResourceClass.Database, "sp1")]
    [InlineData("//cloudkms.googleapis.com/projects/p/locations/global/keyRings/kr/cryptoKeys/k1", "p", null, "cloudkms/cryptoKeys", ResourceClass.KeySecret, "k1")]
    [InlineData("//secretmanager.googleapis.com/projects/p/secrets/s1", "p", null, "secretmanager/secrets", ResourceClass.KeySecret, "s1")]
    [InlineData("//logging.googleapis.com/projects/p/sinks/audit", "p", null, "logging/sinks", ResourceClass.Logging, "audit")]
    [InlineData("//artifactregistry.googleapis.com/projects/p/locations/us/repositories/images", "p", "us", "artifactregistry/repositories", ResourceClass.Image, "images")]
    [InlineData("//run.googleapis.com/projects/p/locations/us-central1/services/api", "p", "us-central1", "run/services", ResourceClass.Function, "api")]
    [InlineData("//storage.googleapis.com/projects/_/buckets/acme-logs", null, null, "storage/buckets", ResourceClass.Bucket, "acme-logs")]
    [InlineData("//securitycenter.googleapis.com/organizations/789/sources/1/findings/f1", "789", null, "securitycenter/findings", ResourceClass.Other, "f1")]
    [InlineData("//COMPUTE.googleapis.com/projects/p/zones/z-a/instances/Web", "p", "z-a", "compute/instances", ResourceClass.Vm, "Web")]
    public void Parse_OtherFullNames_ParsesLocationAndClass(string name, string? account, string? region, string type, ResourceClass resourceClass, string resourceName) =>
        ResourceAssert.Matches(ResourceIds.Parse(name), CloudProvider.Gcp, account, region, type, resourceClass, resourceName);

    [Theory]
    [InlineData("https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1", "//compute.googleapis.com/projects/acme-prod/zones/us-central1-a/instances/web-1")]
    [InlineData("https://compute.googleapis.com/compute/v1/projects/acme-prod/global/firewalls/allow-ssh", "//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-ssh")]
    [InlineData("https://www.googleapis.com/compute/beta/projects/p/regions/us-central1/subnetworks/app", "//compute.googleapis.com/projects/p/regions/us-central1/subnetworks/app")]
    [InlineData("https://container.googleapis.com/v1/projects/p/locations/us-central1/clusters/prod", "//container.googleapis.com/projects/p/locations/us-central1/clusters/prod")]
    [InlineData("https://www.googleapis.com/storage/v1/b/acme-logs", "//storage.googleapis.com/acme-logs")]
    [InlineData("//compute.googleapis.com/projects/p/global/firewalls/allow-ssh/", "//compute.googleapis.com/projects/p/global/firewalls/allow-ssh")]
    [InlineData("//Compute.GoogleApis.com/projects/p/global/firewalls/allow-ssh", "//compute.googleapis.com/projects/p/global/firewalls/allow-ssh")]
    public void Parse_SelfLinksAndSpellings_GiveTheFullName(string input, string uid) =>
        ResourceIds.Parse(input).ShouldNotBeNull().Uid.ShouldBe(uid);

    [Theory]
    [InlineData("//example.com/projects/p")]
    [InlineData("//googleapis.com/projects/p")]
    [InlineData("//compute.googleapis.com")]
    [InlineData("//compute.googleapis.com/")]
    [InlineData("//compute.googleapis.com/projects/p/global/firewalls")]
    [InlineData("//compute.googleapis.com/projects//zones/z/instances/i")]
    [InlineData("https://example.com/compute/v1/projects/p/zones/z/instances/i")]
    [InlineData("https://www.googleapis.com/compute/v1")]
    [InlineData("https://www.googleapis.com/compute/latest/projects/p")]
    [InlineData("http://")]
    public void Parse_MalformedGcpName_ReturnsNull(string name) => ResourceIds.Parse(name).ShouldBeNull();
}

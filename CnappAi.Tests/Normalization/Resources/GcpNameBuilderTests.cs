using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

public class GcpNameBuilderTests
{
    private const string Compute = "//compute.googleapis.com/projects/acme-prod";

    [Theory]
    [InlineData("us-central1-a", "gce_instance", "web-1", Compute + "/zones/us-central1-a/instances/web-1", ResourceClass.Vm)]
    [InlineData("us-central1-a", "compute.googleapis.com/Instance", "web-1", Compute + "/zones/us-central1-a/instances/web-1", ResourceClass.Vm)]
    [InlineData("us-central1-a", "google_compute_instance", "web-1", Compute + "/zones/us-central1-a/instances/web-1", ResourceClass.Vm)]
    [InlineData("us-central1-a", "instance", "web-1", Compute + "/zones/us-central1-a/instances/web-1", ResourceClass.Vm)]
    [InlineData("us-central1-a", "compute.googleapis.com/Disk", "web-1", Compute + "/zones/us-central1-a/disks/web-1", ResourceClass.Other)]
    [InlineData(null, "google_compute_firewall", "allow-ssh", Compute + "/global/firewalls/allow-ssh", ResourceClass.Network)]
    [InlineData("us-central1", "firewall", "allow-ssh", Compute + "/global/firewalls/allow-ssh", ResourceClass.Network)]
    [InlineData(null, "compute.googleapis.com/Network", "default", Compute + "/global/networks/default", ResourceClass.Network)]
    [InlineData(null, "vm image", "debian-12", Compute + "/global/images/debian-12", ResourceClass.Image)]
    [InlineData("us-central1", "google_compute_subnetwork", "app", Compute + "/regions/us-central1/subnetworks/app", ResourceClass.Network)]
    [InlineData(null, "bucket", "acme-logs", "//storage.googleapis.com/acme-logs", ResourceClass.Bucket)]
    [InlineData("US", "google_storage_bucket", "acme-logs", "//storage.googleapis.com/acme-logs", ResourceClass.Bucket)]
    [InlineData("us-central1", "gke cluster", "prod", "//container.googleapis.com/projects/acme-prod/locations/us-central1/clusters/prod", ResourceClass.K8sCluster)]
    [InlineData("us-central1-a", "container.googleapis.com/Cluster", "prod", "//container.googleapis.com/projects/acme-prod/locations/us-central1-a/clusters/prod", ResourceClass.K8sCluster)]
    [InlineData(null, "sqladmin.googleapis.com/Instance", "db1", "//sqladmin.googleapis.com/projects/acme-prod/instances/db1", ResourceClass.Database)]
    [InlineData(null, "db instance", "db1", "//sqladmin.googleapis.com/projects/acme-prod/instances/db1", ResourceClass.Database)]
    [InlineData("us-central1", "google_sql_database_instance", "db1", "//sqladmin.googleapis.com/projects/acme-prod/instances/db1", ResourceClass.Database)]
    [InlineData(null, "service account", "sa@acme-prod.iam.gserviceaccount.com", "//iam.googleapis.com/projects/acme-prod/serviceAccounts/sa@acme-prod.iam.gserviceaccount.com", ResourceClass.Identity)]
    [InlineData(null, "iam.googleapis.com/ServiceAccount", "sa", "//iam.googleapis.com/projects/acme-prod/serviceAccounts/sa@acme-prod.iam.gserviceaccount.com", ResourceClass.Identity)]
    [InlineData("us-central1", "cloudfunctions.googleapis.com/CloudFunction", "fn", "//cloudfunctions.googleapis.com/projects/acme-prod/locations/us-central1/functions/fn", ResourceClass.Function)]
    [InlineData("us-central1", "google_cloud_run_service", "api", "//run.googleapis.com/projects/acme-prod/locations/us-central1/services/api", ResourceClass.Function)]
    [InlineData(null, "bigquery.googleapis.com/Dataset", "analytics", "//bigquery.googleapis.com/projects/acme-prod/datasets/analytics", ResourceClass.Database)]
    [InlineData(null, "project", "acme-prod", "//cloudresourcemanager.googleapis.com/projects/acme-prod", ResourceClass.Account)]
    [InlineData(null, "cloudresourcemanager.googleapis.com/Project", null, "//cloudresourcemanager.googleapis.com/projects/acme-prod", ResourceClass.Account)]
    [InlineData("us-central1-a", "gce_instance", "projects/acme-prod/zones/us-central1-a/instances/web-1", Compute + "/zones/us-central1-a/instances/web-1", ResourceClass.Vm)]
    [InlineData(null, null, "https://www.googleapis.com/compute/v1/projects/acme-prod/zones/us-central1-a/instances/web-1", Compute + "/zones/us-central1-a/instances/web-1", ResourceClass.Vm)]
    [InlineData(null, null, "//storage.googleapis.com/acme-logs", "//storage.googleapis.com/acme-logs", ResourceClass.Bucket)]
    public void GcpFromParts_HintSpellings_BuildTheFullName(string? location, string? typeHint, string? name, string uid, ResourceClass resourceClass)
    {
        var built = ResourceIds.GcpFromParts("acme-prod", location, typeHint, name);

        built.ShouldNotBeNull();
        built.Uid.ShouldBe(uid);
        built.Class.ShouldBe(resourceClass);
        ResourceAssert.RoundTrips(built);
    }

    [Fact]
    public void GcpFromParts_ServiceAccountWithoutProject_TakesProjectFromTheEmail() =>
        ResourceAssert.Matches(
            ResourceIds.GcpFromParts(null, null, "google_service_account", "sa@acme-prod.iam.gserviceaccount.com"),
            CloudProvider.Gcp, "acme-prod", null, "iam/serviceAccounts", ResourceClass.Identity, "sa@acme-prod.iam.gserviceaccount.com");

    [Fact]
    public void GcpFromParts_ZonalInstance_DescribesZoneAndProject() =>
        ResourceAssert.Matches(
            ResourceIds.GcpFromParts("123456789012", "europe-west1-b", "gce_instance", "4519825465458173953"),
            CloudProvider.Gcp, "123456789012", "europe-west1-b", "compute/instances", ResourceClass.Vm, "4519825465458173953");

    [Theory]
    [InlineData("acme-prod", null, "gce_instance", "web-1")]
    [InlineData(null, "us-central1-a", "gce_instance", "web-1")]
    [InlineData("acme-prod", "us-central1-a", "gce_instance", null)]
    [InlineData("acme-prod", "us-central1-a", "teleporter", "web-1")]
    [InlineData("acme-prod", "us-central1-a", null, "web-1")]
    [InlineData("acme-prod", null, "gke cluster", "prod")]
    [InlineData(null, null, "service account", "sa@example.com")]
    [InlineData(null, null, "project", null)]
    [InlineData("acme-prod", null, "instance", "arn:aws:s3:::acme-logs")]
    [InlineData("acme-prod", null, null, "https://example.com/compute/v1/projects/p/zones/z/instances/i")]
    public void GcpFromParts_NotEnoughParts_ReturnsNull(string? project, string? location, string? typeHint, string? name) =>
        ResourceIds.GcpFromParts(project, location, typeHint, name).ShouldBeNull();
}

namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>The regions the sample organisation runs in; the first of each cloud is its home region.</summary>
internal static class Regions
{
    public static IReadOnlyList<Region> Aws { get; } =
    [
        new(Cloud.Aws, "us-east-1", "AWS Virginia"),
        new(Cloud.Aws, "us-west-2", "AWS Oregon"),
        new(Cloud.Aws, "eu-west-1", "AWS Ireland"),
        new(Cloud.Aws, "eu-central-1", "AWS Frankfurt"),
        new(Cloud.Aws, "us-east-2", "AWS Ohio"),
        new(Cloud.Aws, "ap-southeast-2", "AWS Sydney"),
    ];

    public static IReadOnlyList<Region> Azure { get; } =
    [
        new(Cloud.Azure, "eastus", "Azure East US"),
        new(Cloud.Azure, "westeurope", "Azure West Europe"),
        new(Cloud.Azure, "eastus2", "Azure East US 2"),
        new(Cloud.Azure, "northeurope", "Azure North Europe"),
        new(Cloud.Azure, "uksouth", "Azure UK South"),
    ];

    public static IReadOnlyList<Region> Gcp { get; } =
    [
        new(Cloud.Gcp, "us-central1", "GCP Iowa"),
        new(Cloud.Gcp, "europe-west1", "GCP Belgium"),
        new(Cloud.Gcp, "us-east1", "GCP South Carolina"),
        new(Cloud.Gcp, "europe-west4", "GCP Netherlands"),
        new(Cloud.Gcp, "asia-southeast1", "GCP Singapore"),
    ];

    public static IReadOnlyList<Region> Of(Cloud cloud) => cloud switch
    {
        Cloud.Aws => Aws,
        Cloud.Azure => Azure,
        _ => Gcp,
    };
}

using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using static CnappAi.Modules.SampleTenant.Catalog.Rules;

namespace CnappAi.Modules.SampleTenant.Scenario;

/// <summary>The toxic combinations only the headline chain has, as Wiz raises them, and its public PII bucket.</summary>
internal static class ScenarioControls
{
    public static ControlEntry ExposedExploitedContainer { get; } = new(
        "exposed-container-known-exploited-vulnerability", ProblemKind.Vulnerability, Cloud.Azure, AssetKind.Workload, Level.Critical, "n/a",
        [WizControl("Publicly exposed container with a critical vulnerability known to be exploited in the wild", Level.Critical)]);

    public static ControlEntry ExternalFederation { get; } = new(
        "external-identity-federated-to-sensitive-data", ProblemKind.Identity, Cloud.Gcp, AssetKind.Identity, Level.High, "n/a",
        [WizControl("Service account with access to sensitive data can be impersonated by an external cloud identity", Level.High)]);

    public static ControlEntry PublicSensitiveBucket { get; } = new(
        "storage-public-read", ProblemKind.DataExposure, Cloud.Gcp, AssetKind.Bucket, Level.Critical, "5.1",
        [
            WizControl("Publicly exposed bucket containing sensitive data", Level.Critical),
            Prisma("GCP Storage buckets are publicly accessible to all users", Level.High, "data"),
            Scc("PUBLIC_BUCKET_ACL", Level.High),
        ]);
}

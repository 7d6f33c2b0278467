using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Scenario;

/// <summary>
/// The chain attack-path analysis must find in every tenant: an internet-facing container in Azure AKS running an
/// image with Log4Shell (on the CISA KEV list) holds the access keys of an over-permissive AWS IAM role; that role is
/// trusted by a GCP workload identity pool to impersonate a service account that can read a public bucket of PII.
/// </summary>
internal static class HeadlineScenario
{
    public static Headline Build(Organisation org, int seed, ProblemBuilder builder)
    {
        var random = SampleRandom.For(seed, 0);
        var aws = new StackContext(random, org.Aws[0], Applications.Named("payments-api"), org.Aws[0].HomeRegion, string.Empty, 0);
        var role = aws.Add(new AwsAssets().Identity(aws, "deployer"));
        var artifacts = aws.Add(new AwsAssets().Bucket(aws, "artifacts") with { DataClassification = "internal" });
        aws.Link(role, artifacts, Relationships.CanWrite);

        var azure = new StackContext(random, org.Azure[0], Applications.Named("checkout"), org.Azure[0].HomeRegion, string.Empty, aws.NextIndex);
        var azureAssets = new AzureAssets();
        var cluster = azure.Add(azureAssets.Cluster(azure));
        var image = azure.Add(ContainerAssets.Image(azure, azureAssets, "checkout-api", "3.4.1", "debian:11"));
        var workload = azure.Add(ContainerAssets.Workload(azure, cluster, image, "checkout-api", internetFacing: true));
        azure.Link(cluster, workload, Relationships.Contains);
        azure.Link(workload, image, Relationships.RunsImage);
        azure.Expose(workload, "Azure Load Balancer service checkout/checkout-api tcp/443");

        var gcp = new StackContext(random, org.Gcp[0], Applications.Named("data-lake"), org.Gcp[0].HomeRegion, string.Empty, azure.NextIndex);
        var account = gcp.Add(new GcpAssets().Identity(gcp, "pii-export"));
        var bucket = gcp.Add(new GcpAssets().Bucket(gcp, "customer-exports") with { DataClassification = "pii", IsCrownJewel = true });
        gcp.Link(account, bucket, Relationships.CanRead, "roles/storage.objectViewer");
        gcp.Expose(bucket, "allUsers granted roles/storage.objectViewer");

        Edge[] crossCloud =
        [
            new(workload.Uid, role.Uid, Relationships.HoldsCredentialFor, $"Kubernetes secret checkout/aws-deployer: access key AKIA{random.Upper(16)} for {role.ProviderId}"),
            new(role.Uid, account.Uid, Relationships.FederatesTo, $"workload identity pool aws-payments trusts {role.ProviderId}"),
        ];
        var stack = new AppStack(0, aws.App, aws.Account, aws.Region, [.. aws.Assets, .. azure.Assets, .. gcp.Assets],
            [.. aws.Edges, .. azure.Edges, .. crossCloud, .. gcp.Edges]);

        Problem Open(ProblemDraft draft, params Tool[] tools) => builder.Build(random, draft, tools, Disposition.Open);
        ProblemDraft Cve(string id) => new(ProblemKind.Vulnerability, image, CveCatalog.Get(id).Level, Cve: CveCatalog.Get(id));
        ProblemDraft Control(Asset asset, ControlEntry control) => new(control.Kind, asset, control.Level, Control: control);

        var log4shell = Open(Cve(LibraryCves.Log4Shell.Id), Tool.Defender, Tool.Lacework, Tool.Wiz);
        var followUp = Open(Cve("CVE-2021-45046"), Tool.Defender, Tool.Wiz);
        Problem[] imageNoise = [Open(Cve("CVE-2022-42003"), Tool.Lacework, Tool.Wiz), Open(Cve("CVE-2022-37434"), Tool.Defender, Tool.Lacework, Tool.Wiz)];
        var exposed = Open(Control(workload, ScenarioControls.ExposedExploitedContainer), Tool.Wiz);
        var keys = Open(Control(workload, ControlCatalog.Get(Cloud.Azure, AssetKind.Workload, "leaked-cloud-keys")), Tool.Wiz);
        var admin = Open(Control(role, ControlCatalog.Get(Cloud.Aws, AssetKind.Identity, "iam-admin")), Tool.Wiz, Tool.Prisma, Tool.Orca);
        var federation = Open(Control(account, ScenarioControls.ExternalFederation), Tool.Wiz);
        var publicBucket = Open(Control(bucket, ScenarioControls.PublicSensitiveBucket), Tool.Wiz, Tool.Prisma, Tool.Scc);
        var endpoint = Open(Control(cluster, ControlCatalog.Get(Cloud.Azure, AssetKind.Cluster, "k8s-public-endpoint")), Tool.Wiz, Tool.Prisma, Tool.Defender);

        var path = new AttackPath(
            "path-headline",
            "Internet-facing AKS container with Log4Shell (CVE-2021-44228) holds AWS deployer role keys; the role is federated to a GCP service account that reads a public PII bucket",
            [
                new PathStep(1, workload, "entry", null, [exposed.Id, log4shell.Id]),
                new PathStep(2, role, "pivot", Relationships.HoldsCredentialFor, [keys.Id, admin.Id]),
                new PathStep(3, account, "pivot", Relationships.FederatesTo, [federation.Id]),
                new PathStep(4, bucket, "target", Relationships.CanRead, [publicBucket.Id]),
            ],
            image,
            [log4shell.Id, followUp.Id]);
        return new Headline(stack, [log4shell, followUp, .. imageNoise, exposed, keys, admin, federation, publicBucket, endpoint], path);
    }
}

using System.Text.Json;
using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.SecurityHub;

/// <summary>The larger ASFF blocks: types, text, resources, the Inspector vulnerability and the control's compliance.</summary>
internal static class AsffParts
{
    public static void Types(Utf8JsonWriter w, string name, Problem problem, Sighting s)
    {
        w.WriteStartArray(name);
        w.WriteStringValue(problem.Cve is not null
            ? "Software and Configuration Checks/Vulnerabilities/CVE"
            : problem.Kind == ProblemKind.Threat ? s.Rule!.Family : "Software and Configuration Checks/Industry and Regulatory Standards");
        w.WriteEndArray();
    }

    public static void Text(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        if (problem.Cve is { } cve)
        {
            w.WriteString("Title", $"{cve.Id} - {cve.Package}");
            w.WriteString("Description", cve.Description);
            w.WriteStartObject("Remediation");
            w.WriteStartObject("Recommendation");
            w.WriteString("Text", "None Provided");
            w.WriteEndObject();
            w.WriteEndObject();
            return;
        }

        var rule = s.Rule!;
        w.WriteString("Title", rule.Name);
        w.WriteString("Description", problem.Kind == ProblemKind.Threat
            ? $"{rule.Name}. The instance {problem.Asset.NativeId} may be compromised."
            : $"This control checks whether {rule.Name.ToLowerInvariant()}. The control fails for {problem.Asset.Name}.");
        w.WriteStartObject("Remediation");
        w.WriteStartObject("Recommendation");
        w.WriteString("Text", "For information on how to correct this issue, consult the AWS Security Hub controls documentation.");
        w.WriteString("Url", problem.Kind == ProblemKind.Threat
            ? "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-active.html"
            : $"https://docs.aws.amazon.com/console/securityhub/{rule.Id}/remediation");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Resources(Utf8JsonWriter w, Asset asset)
    {
        w.WriteStartArray("Resources");
        w.WriteStartObject();
        w.WriteString("Type", asset.Kind switch
        {
            AssetKind.Vm => "AwsEc2Instance",
            AssetKind.Firewall => "AwsEc2SecurityGroup",
            AssetKind.Cluster => "AwsEksCluster",
            AssetKind.Bucket => "AwsS3Bucket",
            AssetKind.Database => "AwsRdsDbInstance",
            AssetKind.Identity => "AwsIamRole",
            _ => "AwsLambdaFunction",
        });
        w.WriteString("Id", asset.ProviderId);
        w.WriteString("Partition", "aws");
        w.WriteString("Region", asset.Region.Id);
        w.WriteStartObject("Tags");
        foreach (var (key, value) in AssetTags.For(asset))
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
        if (asset.Kind == AssetKind.Vm)
        {
            w.WriteStartObject("Details");
            w.WriteStartObject("AwsEc2Instance");
            w.WriteString("Type", "m5.large");
            w.WriteString("ImageId", asset.AltId);
            w.WriteStartArray("IpV4Addresses");
            w.WriteStringValue(asset.PrivateIp);
            w.WriteEndArray();
            w.WriteString("LaunchedAt", Determinism.Timestamps.Millis(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(asset.Index % 5000)));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    public static void Vulnerability(Utf8JsonWriter w, CveEntry cve, Sighting s)
    {
        w.WriteStartArray("Vulnerabilities");
        w.WriteStartObject();
        w.WriteString("Id", cve.Id);
        w.WriteStartArray("VulnerablePackages");
        w.WriteStartObject();
        w.WriteString("Name", cve.Package);
        w.WriteString("Version", cve.Version);
        w.WriteString("FixedInVersion", cve.FixedVersion);
        w.WriteString("PackageManager", cve.Ecosystem switch { Ecosystem.Npm => "NODEPKG", Ecosystem.PyPI => "PYTHONPKG", Ecosystem.Maven => "JAR", Ecosystem.Go => "GOBINARY", _ => "OS" });
        w.WriteString("Remediation", cve.Remediation(null));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("Cvss");
        w.WriteStartObject();
        w.WriteString("Version", "3.1");
        w.WriteNumber("BaseScore", cve.Cvss);
        w.WriteString("BaseVector", cve.Vector);
        w.WriteString("Source", "NVD");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("Vendor");
        w.WriteString("Name", "NVD");
        w.WriteString("Url", cve.NvdLink);
        w.WriteString("VendorSeverity", Words.Upper(cve.Level));
        w.WriteEndObject();
        w.WriteString("FixAvailable", "YES");
        w.WriteString("ExploitAvailable", cve.Kev ? "YES" : "NO");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("ProductFields");
        w.WriteString("aws/inspector/ProductVersion", "2");
        w.WriteString("aws/inspector/FindingStatus", s.State == SightingState.Resolved ? "CLOSED" : s.State == SightingState.Suppressed ? "SUPPRESSED" : "ACTIVE");
        w.WriteString("aws/inspector/inspectorScore", cve.Cvss.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    public static void Compliance(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        w.WriteStartObject("Compliance");
        w.WriteString("Status", s.State == SightingState.Resolved ? "PASSED" : "FAILED");
        w.WriteString("SecurityControlId", s.Rule!.Id);
        w.WriteStartArray("RelatedRequirements");
        if (problem.Control is { Cis: not "n/a" } control)
        {
            w.WriteStringValue($"CIS AWS Foundations Benchmark v1.4.0/{control.Cis}");
        }

        w.WriteEndArray();
        w.WriteStartArray("AssociatedStandards");
        w.WriteStartObject();
        w.WriteString("StandardsId", "standards/aws-foundational-security-best-practices/v/1.0.0");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

using System.Text.RegularExpressions;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>
/// The values a template's placeholders take, parsed from the canonical resource (an Azure id's resource group, a
/// Kubernetes path's namespace, a GCP name's project) and the finding (port, package, fixed version). A value the
/// finding does not give stays a visible <c>&lt;placeholder&gt;</c> for the engineer to fill.
/// </summary>
internal static partial class FixVariables
{
    private static readonly Dictionary<string, string> DefaultPorts = new(StringComparer.Ordinal)
    {
        ["network.open-ssh"] = "22",
        ["network.open-rdp"] = "3389",
        ["network.open-database-ports"] = "5432",
    };

    public static IReadOnlyDictionary<string, string> For(FindingView finding, string? controlId)
    {
        var r = finding.Resource;
        var name = string.IsNullOrWhiteSpace(r.Name) ? r.Uid : r.Name;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["uid"] = r.Uid,
            ["name"] = name,
            ["tf"] = TerraformName(name),
            ["cfn"] = CloudFormationName(name),
            ["account"] = r.Account ?? "<account-id>",
            ["region"] = r.Region ?? "<region>",
            ["project"] = r.Account ?? "<project-id>",
            ["subscription"] = r.Account ?? "<subscription-id>",
            ["resource_group"] = Segment(r.Uid, "resourcegroups") ?? "<resource-group>",
            ["package"] = finding.Package ?? "<package>",
            ["version"] = finding.PackageVersion ?? "<current-version>",
            ["fixed_version"] = string.IsNullOrWhiteSpace(finding.FixedVersion) ? "<fixed-version>" : finding.FixedVersion.Split(',')[0].Trim(),
            ["target"] = string.IsNullOrWhiteSpace(finding.FixedVersion) ? "a fixed version" : finding.FixedVersion.Split(',')[0].Trim(),
            ["package_text"] = finding.Package ?? "the vulnerable packages",
            ["cves"] = finding.Cves.Count > 0 ? string.Join(", ", finding.Cves) : "the reported vulnerability",
            ["port"] = PortOf(finding.Title) ?? (controlId is not null && DefaultPorts.TryGetValue(controlId, out var port) ? port : "<port>"),
        };
        if (r.Provider == CloudProvider.Kubernetes && r.Uid.StartsWith("k8s://", StringComparison.Ordinal))
        {
            var parts = r.Uid["k8s://".Length..].Split('/');
            values["cluster"] = parts.ElementAtOrDefault(0) ?? "<cluster>";
            values["namespace"] = parts.ElementAtOrDefault(1) is { } ns && ns != "_cluster" ? ns : "default";
            values["kind"] = parts.ElementAtOrDefault(2) ?? "deployment";
        }
        else
        {
            values["cluster"] = r.Class == ResourceClass.K8sCluster ? name : "<cluster>";
            values["namespace"] = "<namespace>";
            values["kind"] = "deployment";
        }

        return values;
    }

    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : $"<{m.Groups[1].Value}>");

    private static string? PortOf(string title)
    {
        var match = PortNumber().Match(title);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? Segment(string uid, string key)
    {
        var parts = uid.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(parts, p => p.Equals(key, StringComparison.OrdinalIgnoreCase));
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : null;
    }

    private static string TerraformName(string name)
    {
        var cleaned = NonIdentifier().Replace(name.ToLowerInvariant(), "_").Trim('_');
        cleaned = cleaned.Length > 48 ? cleaned[..48] : cleaned;
        return cleaned.Length == 0 || char.IsDigit(cleaned[0]) ? $"r_{cleaned}" : cleaned;
    }

    private static string CloudFormationName(string name)
    {
        var words = NonIdentifier().Split(name).Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var joined = string.Concat(words);
        return joined.Length == 0 || char.IsDigit(joined[0]) ? $"Resource{joined}" : joined;
    }

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[^a-zA-Z0-9]+")]
    private static partial Regex NonIdentifier();

    [GeneratedRegex(@"\b(22|23|20|21|3389|1433|1434|3306|5432|1521|2483|27017|27018|6379|7199|9042|11211|9200|5601|9092)\b")]
    private static partial Regex PortNumber();
}

using System.Globalization;
using System.Text.RegularExpressions;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Query;

/// <summary>
/// Reads a plain-English question ("S3 buckets in us-east-1 without encryption tagged PII") into search criteria:
/// clouds and resource kinds from their everyday names, regions, severities, categories, CVE ids, accounts, topics and
/// tags. What is left becomes ranking keywords. Deterministic, so the same question always means the same search.
/// </summary>
internal static partial class QuestionParser
{
    private static readonly (string Word, CloudProvider Provider, ResourceClass? Class)[] Nouns =
    [
        ("s3", CloudProvider.Aws, ResourceClass.Bucket), ("ec2", CloudProvider.Aws, ResourceClass.Vm), ("rds", CloudProvider.Aws, ResourceClass.Database),
        ("lambda", CloudProvider.Aws, ResourceClass.Function), ("eks", CloudProvider.Aws, ResourceClass.K8sCluster),
        ("aws", CloudProvider.Aws, null), ("amazon", CloudProvider.Aws, null), ("azure", CloudProvider.Azure, null), ("aks", CloudProvider.Azure, ResourceClass.K8sCluster),
        ("blob", CloudProvider.Azure, ResourceClass.Bucket), ("gcp", CloudProvider.Gcp, null), ("google", CloudProvider.Gcp, null), ("gcs", CloudProvider.Gcp, ResourceClass.Bucket),
        ("gke", CloudProvider.Gcp, ResourceClass.K8sCluster), ("kubernetes", CloudProvider.Kubernetes, null), ("k8s", CloudProvider.Kubernetes, null),
    ];

    private static readonly (string Pattern, ResourceClass Class)[] Kinds =
    [
        (@"buckets?|storage accounts?|blobs?", ResourceClass.Bucket), (@"vms?|virtual machines?|instances?|servers?|hosts?", ResourceClass.Vm),
        (@"databases?|\bdbs?\b|sql", ResourceClass.Database), (@"clusters?", ResourceClass.K8sCluster), (@"images?", ResourceClass.Image),
        (@"containers?", ResourceClass.Container), (@"functions?", ResourceClass.Function), (@"pods?|deployments?|workloads?", ResourceClass.K8sWorkload),
        (@"roles?|users?|identit(y|ies)|service accounts?", ResourceClass.Identity), (@"security groups?|firewalls?|nsgs?|network rules?", ResourceClass.Network),
        (@"key ?vaults?|kms keys?|secrets? managers?", ResourceClass.KeySecret), (@"load balancers?", ResourceClass.LoadBalancer),
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "in", "on", "of", "for", "with", "without", "and", "or", "which", "what", "where", "who", "show", "me", "list", "find", "all",
        "are", "is", "do", "does", "have", "has", "that", "there", "any", "my", "our", "we", "not", "no", "by", "to", "from", "tagged", "tag", "labelled",
        "how", "many", "count", "number", "open", "findings", "finding", "issues", "issue", "problems", "resources", "assets", "give", "top", "most", "risky",
        "allow", "allows", "allowing", "security", "group", "groups", "can", "be", "been", "being", "were", "was", "their", "them", "it", "its",
    };

    public static SearchCriteria Parse(string question)
    {
        var q = question.Trim();
        var lower = q.ToLowerInvariant();
        var providers = Nouns.Where(n => Word(lower, n.Word)).Select(n => n.Provider).Distinct().ToList();
        var classes = Nouns.Where(n => n.Class is not null && Word(lower, n.Word)).Select(n => n.Class!.Value)
            .Concat(Kinds.Where(k => Regex.IsMatch(lower, $@"\b({k.Pattern})\b", RegexOptions.None, TimeSpan.FromMilliseconds(200))).Select(k => k.Class))
            .Distinct().ToList();
        var concepts = Concepts.All.Where(c => c.Question.IsMatch(lower)).ToList();
        return new SearchCriteria
        {
            Providers = providers,
            Classes = classes,
            Region = Region().Match(lower) is { Success: true } region ? region.Value : null,
            Account = Account().Match(lower) is { Success: true } account ? account.Value : null,
            Severities = [.. Enum.GetValues<Severity>().Where(s => Word(lower, s.ToString().ToLowerInvariant()))],
            Categories = Categories(lower),
            Statuses = Statuses(lower),
            Cves = [.. Cve().Matches(q).Select(m => m.Value.ToUpperInvariant()).Distinct()],
            Concepts = concepts,
            DataClassification = DataTag().Match(lower) is { Success: true } data ? data.Value : null,
            Environment = Environment(lower),
            OwnerTeam = Owner().Match(lower) is { Success: true } owner ? owner.Groups[1].Value : null,
            Keywords = Keywords(lower, concepts),
            Top = TopN().Match(lower) is { Success: true } top ? Math.Clamp(int.Parse(top.Groups[1].Value, CultureInfo.InvariantCulture), 1, 100) : 10,
            CountOnly = lower.StartsWith("how many", StringComparison.Ordinal) || lower.StartsWith("count", StringComparison.Ordinal),
        };
    }

    private static List<FindingCategory> Categories(string q)
    {
        var list = new List<FindingCategory>();
        if (Regex.IsMatch(q, @"vulnerab|\bcves?\b|unpatched", RegexOptions.None, TimeSpan.FromMilliseconds(200)))
        {
            list.Add(FindingCategory.Vulnerability);
        }

        if (q.Contains("misconfig", StringComparison.Ordinal))
        {
            list.Add(FindingCategory.Misconfiguration);
        }

        if (Word(q, "threats") || Word(q, "threat") || Word(q, "alerts"))
        {
            list.Add(FindingCategory.Threat);
        }

        return list;
    }

    private static List<FindingStatus> Statuses(string q) => q switch
    {
        _ when Regex.IsMatch(q, @"\b(resolved|fixed|closed)\b", RegexOptions.None, TimeSpan.FromMilliseconds(200)) => [FindingStatus.Resolved],
        _ when Regex.IsMatch(q, @"\b(suppressed|accepted|exceptions?)\b", RegexOptions.None, TimeSpan.FromMilliseconds(200)) => [FindingStatus.Suppressed],
        _ when Regex.IsMatch(q, @"\b(all statuses|any status|ever)\b", RegexOptions.None, TimeSpan.FromMilliseconds(200)) => [],
        _ => [FindingStatus.Open, FindingStatus.InProgress],
    };

    private static string? Environment(string q) => q switch
    {
        _ when Regex.IsMatch(q, @"\bprod(uction)?\b", RegexOptions.None, TimeSpan.FromMilliseconds(200)) => "prod",
        _ when Regex.IsMatch(q, @"\bstag(e|ing)\b", RegexOptions.None, TimeSpan.FromMilliseconds(200)) => "staging",
        _ when Regex.IsMatch(q, @"\bdev(elopment)?\b", RegexOptions.None, TimeSpan.FromMilliseconds(200)) => "dev",
        _ => null,
    };

    private static List<string> Keywords(string q, IReadOnlyList<Concept> concepts)
    {
        var words = WordToken().Matches(q).Select(m => m.Value).Where(w => w.Length > 2 && !StopWords.Contains(w)
            && !Nouns.Any(n => n.Word == w) && !Kinds.Any(k => Regex.IsMatch(w, $"^({k.Pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(200)))
            && !Enum.GetNames<Severity>().Any(s => s.Equals(w, StringComparison.OrdinalIgnoreCase))
            && !concepts.Any(c => c.Question.IsMatch(w)) && !Region().IsMatch(w) && !Cve().IsMatch(w) && !DataTag().IsMatch(w));
        return [.. words.Distinct().Take(8)];
    }

    private static bool Word(string text, string word) => Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.None, TimeSpan.FromMilliseconds(200));

    [GeneratedRegex(@"\b(us|eu|ap|sa|ca|me|af|il|mx)-(gov-)?(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b|\b(us|europe|asia|australia|northamerica|southamerica|me|africa)-[a-z]+\d\b|\b(eastus2?|westus[23]?|centralus|northcentralus|southcentralus|westcentralus|westeurope|northeurope|uksouth|ukwest|francecentral|germanywestcentral|swedencentral|japaneast|japanwest|australiaeast|southeastasia|eastasia|canadacentral|brazilsouth|centralindia|koreacentral|switzerlandnorth|norwayeast|uaenorth)\b")]
    private static partial Regex Region();

    [GeneratedRegex(@"\b\d{12}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")]
    private static partial Regex Account();

    [GeneratedRegex(@"CVE-\d{4}-\d{4,7}", RegexOptions.IgnoreCase)]
    private static partial Regex Cve();

    [GeneratedRegex(@"\b(pii|pci|phi|confidential|restricted)\b")]
    private static partial Regex DataTag();

    [GeneratedRegex(@"\b(?:owned by|owner|team)\s+([a-z0-9][a-z0-9._-]+)")]
    private static partial Regex Owner();

    [GeneratedRegex(@"\btop\s+(\d{1,3})\b")]
    private static partial Regex TopN();

    [GeneratedRegex(@"[a-z0-9][a-z0-9._-]*")]
    private static partial Regex WordToken();
}

namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>
/// Words for similarity: the normalised text split into words, stop words dropped, a light plural/participle
/// stemming, and a few vendor synonyms folded together (SG and NSG are firewalls, blob and bucket are storage).
/// Ids such as <c>ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22</c> split into words too.
/// </summary>
internal static class RuleTokens
{
    private static readonly HashSet<string> StopWords = new(
        ["a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "is", "are", "be", "should", "not", "no", "with", "by", "that",
         "ensure", "check", "if", "has", "have", "all", "any", "from", "at", "as", "its", "it", "this", "which", "does", "do", "than", "more",
         "rule", "policy", "control", "finding", "detected", "found", "using", "use", "used", "can", "may", "sast", "semgrep", "registry", "gitlab", "lgpl"],
        StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["securitygroup"] = "firewall", ["nsg"] = "firewall", ["sg"] = "firewall", ["acl"] = "firewall", ["networkacl"] = "firewall",
        ["blob"] = "bucket", ["s3"] = "bucket", ["gcs"] = "bucket", ["storage"] = "bucket", ["container"] = "container",
        ["rds"] = "database", ["sql"] = "database", ["cloudsql"] = "database", ["db"] = "database",
        ["ec2"] = "instance", ["vm"] = "instance", ["gce"] = "instance", ["machine"] = "instance", ["virtual"] = "instance",
        ["public"] = "public", ["publicly"] = "public", ["anonymous"] = "public", ["internet"] = "public", ["0"] = "public",
        ["encrypted"] = "encrypt", ["encryption"] = "encrypt", ["unencrypted"] = "encrypt", ["kms"] = "key", ["cmk"] = "key",
        ["mfa"] = "mfa", ["multi"] = "mfa", ["factor"] = "mfa", ["logging"] = "log", ["trail"] = "audit", ["cloudtrail"] = "audit",
        ["admin"] = "admin", ["administrative"] = "admin", ["administrator"] = "admin", ["owner"] = "admin", ["privilege"] = "admin",
        ["k8s"] = "kubernetes", ["aks"] = "kubernetes", ["eks"] = "kubernetes", ["gke"] = "kubernetes", ["pod"] = "kubernetes",
        ["rotated"] = "rotate", ["rotation"] = "rotate", ["credential"] = "credential", ["password"] = "credential",
    };

    public static IReadOnlyList<string> Of(string? text) =>
        [.. RuleText.Normalize(text?.Replace('_', ' '))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Stem)
            .Select(w => Synonyms.GetValueOrDefault(w, w))
            .Where(w => !StopWords.Contains(w) && (w.Length > 1 || char.IsDigit(w[0])))];

    private static string Stem(string word) => word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}

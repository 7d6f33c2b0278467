using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>Plain-English descriptions of a problem and its business impact, by category and control domain.</summary>
internal static class ImpactPhrases
{
    public static string Problem(AiFindingContext c) => c.Finding.Category switch
    {
        FindingCategory.Vulnerability => c.Finding.Cves.Count > 0
            ? $"software on it has a publicly known security flaw ({string.Join(", ", c.Finding.Cves.Take(3))}) that attackers can use"
            : "software on it has publicly known security flaws that attackers can use",
        FindingCategory.DataExposure => "data it holds may be readable by people outside the company",
        FindingCategory.Identity => "an account or role has more access, or weaker sign-in protection, than it should",
        FindingCategory.Threat => "a security tool saw activity on it that looks like an attack",
        FindingCategory.Secret => "a password, key or token is stored where other people can read it",
        FindingCategory.Compliance => "it fails a check that auditors and compliance frameworks require",
        _ => "one of its security settings is weaker than it should be",
    };

    public static string Impact(AiFindingContext c)
    {
        var domain = c.Control?.Domain;
        var core = (c.Finding.Category, domain) switch
        {
            (FindingCategory.Threat, _) => "Someone may be attacking this system right now; if so, every hour counts for containing it.",
            (FindingCategory.Secret, _) or (_, "secrets") => "Anyone who has seen the code or image can use the credential to act as your application, with all of its access.",
            (FindingCategory.Vulnerability, _) => "An attacker who can reach it could use the flaw to run their own code, steal data or take the service down.",
            (FindingCategory.DataExposure, _) or (_, "storage") when c.Has("exposure") =>
                "Anyone on the internet could read (and sometimes change or delete) what it stores, which can become a reportable data breach.",
            (_, "network") => "Attackers scan the whole internet for exposed services around the clock; an exposed service is a common first step of a breach or ransomware attack.",
            (_, "identity") or (FindingCategory.Identity, _) => "If the account is misused (a stolen password, a leaked key or an honest mistake) the damage reaches as far as its permissions do.",
            (_, "logging") => "Without it an attack can go unnoticed, and an investigation afterwards has no evidence to work with.",
            (_, "encryption") or (_, "database") => "If the data or its backups are copied, or the service is misused, the information is exposed or lost.",
            (_, "kubernetes") or (_, "container") => "A compromised container could reach the rest of the cluster and the systems it talks to.",
            (_, "compute") => "A weakness on a server gives an attacker a foothold inside your network.",
            _ => "It weakens the defences of the system and makes a successful attack more likely.",
        };
        return string.Join(' ', new[] { core, Data(c.Asset), Environment(c.Asset), Criticality(c.Asset) }.Where(s => s.Length > 0));
    }

    private static string Data(AssetContext asset) => asset.HoldsSensitiveData
        ? $"It holds {asset.DataClassification!.ToUpperInvariant()} data, so a leak would likely have to be reported to regulators and customers."
        : "";

    private static string Environment(AssetContext asset) => asset switch
    {
        { IsProduction: true } => "It is a production system, so customers would feel any outage or breach directly.",
        { IsNonProduction: true } => $"It is a {asset.Environment} system, which lowers the immediate impact, but such systems are often a stepping stone into production.",
        _ => "",
    };

    private static string Criticality(AssetContext asset) => asset.Criticality is "critical" or "high"
        ? $"The business rates the application{(asset.Application is null ? "" : $" ({asset.Application})")} as {asset.Criticality} criticality."
        : "";
}

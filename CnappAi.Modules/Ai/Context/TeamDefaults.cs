using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>Who usually fixes a kind of problem when the asset names no owner; an owner tag or inventory entry always wins.</summary>
internal static class TeamDefaults
{
    public static string For(FindingView finding, SharedControl? control) => (control?.Domain, finding.Category, finding.Resource.Class) switch
    {
        (_, FindingCategory.Threat, _) => "security-operations",
        (_, FindingCategory.Secret, _) or ("secrets", _, _) => "application-security",
        ("identity", _, _) or (_, FindingCategory.Identity, _) => "identity-and-access",
        ("network", _, _) => "network-engineering",
        ("kubernetes" or "container", _, _) => "platform-engineering",
        ("database", _, _) => "data-platform",
        ("logging", _, _) => "security-operations",
        ("encryption", _, _) => "security-engineering",
        ("storage", _, _) => "cloud-platform",
        (_, FindingCategory.Vulnerability, ResourceClass.Image or ResourceClass.Container or ResourceClass.K8sWorkload) => "platform-engineering",
        (_, FindingCategory.Vulnerability, ResourceClass.SourceFile or ResourceClass.Function) => "application-development",
        (_, FindingCategory.Vulnerability, _) or ("compute" or "vulnerability", _, _) => "infrastructure-operations",
        (_, _, ResourceClass.SourceFile) => "application-development",
        _ => "cloud-platform",
    };
}

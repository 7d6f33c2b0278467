using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>Which vendor file a sighting goes to, and the ids its record carries there.</summary>
internal static class SightingIds
{
    public static OutputStream Route(Tool tool, ProblemKind kind, Asset asset, bool isCve, VendorRule? rule) => tool switch
    {
        Tool.Wiz when isCve => OutputStream.WizVulnerabilities,
        Tool.Wiz => rule?.Family == Rules.WizConfiguration ? OutputStream.WizConfiguration : OutputStream.WizIssues,
        Tool.Prisma => OutputStream.PrismaAlerts,
        Tool.Orca => OutputStream.OrcaAlerts,
        Tool.Lacework when !isCve => OutputStream.LaceworkAlerts,
        Tool.Lacework => asset.Kind == AssetKind.Image ? OutputStream.LaceworkContainers : OutputStream.LaceworkHosts,
        Tool.SecurityHub => OutputStream.SecurityHub,
        Tool.Defender when kind == ProblemKind.Threat => OutputStream.DefenderAlerts,
        Tool.Defender => isCve ? OutputStream.DefenderSubAssessments : OutputStream.DefenderAssessments,
        _ => OutputStream.Scc,
    };

    /// <summary>The record's own id and the source finding id the importer derives from the record.</summary>
    public static (string RecordId, string SourceId) For(
        OutputStream stream, ProblemKind kind, Asset asset, CveEntry? cve, VendorRule? rule, SampleRandom random, IdCounters counters, Organisation org)
    {
        var region = asset.Region.Id;
        var account = asset.Account.Id;
        switch (stream)
        {
            case OutputStream.PrismaAlerts:
                return Same(counters.NextPrisma());
            case OutputStream.OrcaAlerts:
                return Same(counters.NextOrca());
            case OutputStream.LaceworkAlerts:
                return Same(counters.NextLaceworkAlert());
            case OutputStream.LaceworkHosts:
                return (random.Hex(32).ToUpperInvariant(), $"{asset.LaceworkMid}|{cve!.Id}|{cve.Package}|{cve.Version}");
            case OutputStream.LaceworkContainers:
                return (random.Hex(32).ToUpperInvariant(), $"{asset.Digest}|{cve!.Id}|{cve.Package}|{cve.Version}");
            case OutputStream.SecurityHub when cve is not null:
                return Same($"arn:aws:inspector2:{region}:{account}:finding/{random.Hex(32)}");
            case OutputStream.SecurityHub when kind == ProblemKind.Threat:
                return Same($"arn:aws:guardduty:{region}:{account}:detector/{StableIds.Hex(account + region, 32)}/finding/{random.Hex(32)}");
            case OutputStream.SecurityHub:
                return Same($"arn:aws:securityhub:{region}:{account}:security-control/{rule!.Id}/finding/{random.Uuid()}");
            case OutputStream.DefenderAssessments:
                return Lower($"{asset.ProviderId}/providers/Microsoft.Security/assessments/{rule!.Id}");
            case OutputStream.DefenderSubAssessments:
                var parent = DefenderIds.AssessmentGuid(DefenderIds.ParentAssessment(asset));
                return Lower($"{DefenderIds.ScannedResource(asset)}/providers/Microsoft.Security/assessments/{parent}/subAssessments/{random.Uuid()}");
            case OutputStream.DefenderAlerts:
                return Same($"{random.Digits(19)}_{random.Uuid()}");
            case OutputStream.Scc:
                var source = org.SccSource(kind == ProblemKind.Threat ? "threat" : cve is null ? "posture" : "vulnerability");
                return Same($"organizations/{org.GcpOrganizationId}/sources/{source}/findings/{random.Hex(32)}");
            default:
                return Same(random.Uuid());
        }
    }

    private static (string, string) Same(string id) => (id, id);

    private static (string, string) Lower(string id) => (id, id.ToLowerInvariant());
}

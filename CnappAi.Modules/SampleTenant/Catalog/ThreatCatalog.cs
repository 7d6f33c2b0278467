using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Threat detections: the same miner seen by GuardDuty (through Security Hub), Lacework, Defender, SCC and Wiz.</summary>
internal static class ThreatCatalog
{
    private const string WizMiner = "Cryptomining activity detected on a virtual machine";

    public static IReadOnlyList<ThreatEntry> All { get; } =
    [
        new("crypto-mining", Cloud.Aws, AssetKind.Vm, Level.High,
        [
            new(Tool.SecurityHub, "CryptoCurrency:EC2/BitcoinTool.B!DNS", "EC2 instance is querying a domain name that is associated with Bitcoin-related activity", Level.High,
                "TTPs/Command and Control/CryptoCurrency:EC2-BitcoinTool.B!DNS"),
            new(Tool.Lacework, "lacework-global-47", "Cryptocurrency Miner Detected", Level.Critical, "SuspiciousApplicationLaunched"),
            Rules.WizControl(WizMiner, Level.Critical),
        ]),
        new("crypto-mining", Cloud.Azure, AssetKind.Vm, Level.High,
        [
            new(Tool.Defender, "VM_DigitalCurrencyMining", "Digital currency mining related behavior detected", Level.High, "Execution"),
            Rules.WizControl(WizMiner, Level.Critical),
        ]),
        new("crypto-mining", Cloud.Gcp, AssetKind.Vm, Level.High,
        [
            new(Tool.Scc, "Malware: Cryptomining Bad Domain", "Malware: Cryptomining Bad Domain", Level.High, "THREAT"),
            new(Tool.Lacework, "lacework-global-47", "Cryptocurrency Miner Detected", Level.Critical, "SuspiciousApplicationLaunched"),
            Rules.WizControl(WizMiner, Level.Critical),
        ]),
        new("anomalous-credential-use", Cloud.Aws, AssetKind.Identity, Level.High,
        [
            new(Tool.Lacework, "lacework-global-112", "Unusual API Call From Role Credentials", Level.High, "NewCloudTrailApiCallFromUnusualLocation"),
            Rules.WizControl("Suspicious use of cloud credentials from an unusual location", Level.High),
        ]),
        new("ssh-brute-force", Cloud.Azure, AssetKind.Vm, Level.Medium,
        [
            new(Tool.Defender, "VM_SshBruteForceFailed", "Failed SSH brute force attack", Level.Medium, "PreAttack"),
        ]),
        new("reverse-shell", Cloud.Aws, AssetKind.Workload, Level.Critical, [Rules.WizControl("Reverse shell opened from a container", Level.Critical)]),
        new("reverse-shell", Cloud.Azure, AssetKind.Workload, Level.Critical, [Rules.WizControl("Reverse shell opened from a container", Level.Critical)]),
        new("reverse-shell", Cloud.Gcp, AssetKind.Workload, Level.Critical, [Rules.WizControl("Reverse shell opened from a container", Level.Critical)]),
    ];

    public static IEnumerable<ThreatEntry> For(Asset asset) => All.Where(t => t.Cloud == asset.Cloud && t.AppliesTo == asset.Kind);
}

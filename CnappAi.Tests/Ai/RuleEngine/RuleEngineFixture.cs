namespace CnappAi.Tests.Ai.RuleEngine;

/// <summary>One store with a hand-checked finding of every category, shared by the rule-engine tests.</summary>
public sealed class RuleEngineFixture : IAsyncLifetime
{
    internal AiTestHost Host { get; private set; } = null!;

    internal IReadOnlyDictionary<string, string> Ids { get; private set; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Host = await AiTestHost.WithoutModelAsync();
        var named = new (string Name, Modules.Normalization.Contracts.NormalizedObservation Observation)[]
        {
            ("public-bucket", AiFindings.PublicBucket()),
            ("public-bucket-orca", AiFindings.Make("orca-1", "orca", Modules.Normalization.Contracts.FindingCategory.DataExposure, "S3 bucket is publicly accessible",
                Modules.Normalization.Contracts.Severity.High, AiFindings.PiiBucket, "{}", rule: "S3-003")),
            ("unencrypted-bucket", AiFindings.UnencryptedBucket()),
            ("open-ssh", AiFindings.OpenSsh()),
            ("kev", AiFindings.KevOnInstance()),
            ("image-vuln", AiFindings.ImageVulnerability()),
            ("wildcard-role", AiFindings.WildcardRole()),
            ("leaked-key", AiFindings.LeakedKey()),
            ("threat", AiFindings.Threat()),
            ("storage-tls", AiFindings.StorageTls()),
            ("root-mfa", AiFindings.RootMfa()),
        };
        var ids = await Host.StoreAsync([.. named.Select(n => n.Observation)]);
        Ids = named.Select((n, i) => (n.Name, Id: ids[i])).ToDictionary(p => p.Name, p => p.Id);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.Ai;
using CnappAi.Tests.Ai.Guardrails;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Tests.TestInfrastructure.OpenAiServer;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Briefings;

/// <summary>
/// The small sample tenant of <see cref="BriefingTenant"/> with a model configured (the loopback server), plus open
/// findings at the top of the risk order whose titles and teams are prompt-injection strings from the corpus.
/// </summary>
public sealed class ModelBriefingTenant : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "cnappai-tests", "briefings-" + Guid.NewGuid().ToString("n"));
    private readonly string _keyVariable = $"CNAPPAI_TEST_AI_KEY_{Guid.NewGuid():n}";

    internal TestClock Clock { get; } = new(new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero));

    internal TestServices Services { get; private set; } = null!;

    internal LoopbackOpenAiServer Server { get; private set; } = null!;

    /// <summary>The corpus strings planted as the titles of the riskiest open findings.</summary>
    internal IReadOnlyList<(string Id, string Text)> Planted { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await LoopbackOpenAiServer.StartAsync(AiTestHost.ApiKey);
        Environment.SetEnvironmentVariable(_keyVariable, AiTestHost.ApiKey);
        Services = await TestServices.CreateAsync(
            s => s.AddSingleton<TimeProvider>(Clock),
            new Dictionary<string, string?>
            {
                ["Briefings:OutputDirectory"] = _output,
                ["Posture:BackfillDays"] = "21",
                ["Ai:Provider"] = "OpenAiCompatible",
                ["Ai:Model"] = "loopback-model",
                ["Ai:Endpoint"] = Server.V1.ToString(),
                ["Ai:TimeoutSeconds"] = "10",
                ["Ai:ApiKeyVariable"] = _keyVariable,
                ["Ai:Evaluation:SampleRate"] = "0",
                ["Ai:Embeddings:Model"] = "lexical",
            });
        var folder = Path.Combine(Services.Directory, "tenant");
        await Services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder, 80, 42, BriefingTenant.AsOf), CancellationToken.None);
        await Services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);

        var corpus = InjectionCorpus.Load();
        Planted = [.. corpus.Where(c => c.Text.Contains("ignore", StringComparison.OrdinalIgnoreCase) && c.Text.Length < 300).Take(3)];
        var seen = Clock.GetUtcNow().AddDays(-2);
        var writes = Planted.Select((c, i) => AiFindings.Make($"planted-{i}", "wiz", FindingCategory.Misconfiguration, c.Text, Severity.Critical,
                AiFindings.PiiBucket with { Uid = $"arn:aws:s3:::planted-{i}", Name = $"planted-{i}" }, "{}", rule: $"PLANTED-{i}", firstSeen: seen, lastSeen: seen))
            .Select((o, i) => new FindingWrite(o, $"planted-cluster-{i}", 10, 1, "test", null))
            .ToList();
        await Services.Get<INormalizationFacade>().StoreAsync(writes, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        await Services.DisposeAsync();
        await Server.DisposeAsync();
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}

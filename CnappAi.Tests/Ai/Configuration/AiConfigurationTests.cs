using CnappAi.Modules.Ai.Configuration;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Tests.Ai.Configuration;

public class AiConfigurationTests
{
    [Fact]
    public async Task SaveApiKey_StoresOnlyCiphertextAndTheKeyIsReadBack()
    {
        await using var host = await AiTestHost.WithoutModelAsync();

        await host.Ai.SaveApiKeyAsync("sk-entered-in-the-ui-1234567890", CancellationToken.None);

        await using var db = await host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        var row = await db.Set<AiSecret>().SingleAsync();
        row.Protected.ShouldNotContain("sk-entered-in-the-ui");
        (await host.Get<ApiKeyStore>().GetAsync(CancellationToken.None)).ShouldBe("sk-entered-in-the-ui-1234567890");
    }

    [Fact]
    public async Task ApiKey_EnvironmentVariable_WinsOverTheStoredKey()
    {
        await using var server = await TestInfrastructure.OpenAiServer.LoopbackOpenAiServer.StartAsync();
        await using var host = await AiTestHost.WithModelAsync(server);
        await host.Ai.SaveApiKeyAsync("sk-stored", CancellationToken.None);

        (await host.Get<ApiKeyStore>().GetAsync(CancellationToken.None)).ShouldBe(AiTestHost.ApiKey);
    }

    [Theory]
    [InlineData("OpenAiCompatible", null, "http://127.0.0.1:11434/v1", "Model")]
    [InlineData("AzureOpenAi", "gpt-4o", null, "Endpoint")]
    [InlineData("OpenAi", null, null, "Model")]
    public async Task Options_ProviderWithoutWhatItNeeds_FailsValidation(string provider, string? model, string? endpoint, string missing)
    {
        await using var host = await AiTestHost.WithoutModelAsync(new Dictionary<string, string?> { ["Ai:Provider"] = provider, ["Ai:Model"] = model, ["Ai:Endpoint"] = endpoint });

        var error = Should.Throw<OptionsValidationException>(() => host.Get<IOptions<AiOptions>>().Value);

        error.Message.ShouldContain(missing);
    }

    [Fact]
    public async Task Status_WithoutAModel_ReportsTheRuleEngine()
    {
        await using var host = await AiTestHost.WithoutModelAsync();

        var status = host.Ai.GetStatus();

        status.ModelConfigured.ShouldBeFalse();
        status.Provider.ShouldBe("none");
    }
}

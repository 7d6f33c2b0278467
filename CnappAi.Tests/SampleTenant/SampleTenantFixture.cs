using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.SampleTenant;

/// <summary>One default-size tenant (seed 42, fixed date), written and parsed once for the tests that only read it.</summary>
public sealed class SampleTenantFixture : IAsyncLifetime, IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 8, 15);

    private readonly TempFiles _files = new();

    public string Directory => Path.Combine(_files.Directory, "tenant");

    internal SampleSummary Summary { get; private set; } = null!;

    internal SampleManifest Manifest { get; private set; } = null!;

    internal IReadOnlyDictionary<string, ParsedFile> Parsed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Summary = await WriteAsync(new SampleRequest(Directory, AsOf: AsOf));
        Manifest = SampleManifest.Read(Summary.ManifestPath);
        Parsed = await ParseAllAsync(Directory);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _files.Dispose();

    internal static async Task<SampleSummary> WriteAsync(SampleRequest request)
    {
        await using var services = new ServiceCollection().AddSampleTenant().BuildServiceProvider();
        return await services.GetRequiredService<ISampleTenantFacade>().WriteAsync(request, CancellationToken.None);
    }

    /// <summary>Every file an import would read (Markdown is skipped there too), through real detection and parsing.</summary>
    internal static async Task<IReadOnlyDictionary<string, ParsedFile>> ParseAllAsync(string directory)
    {
        var parsed = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            parsed[Path.GetRelativePath(directory, file)] = await ParserHarness.ParseAsync(file);
        }

        return parsed;
    }
}

[CollectionDefinition(Name)]
public sealed class SampleTenantCollection : ICollectionFixture<SampleTenantFixture>
{
    public const string Name = "Sample tenant";
}

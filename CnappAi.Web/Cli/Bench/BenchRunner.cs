using CnappAi.Modules.Shared.Security;

namespace CnappAi.Web.Cli.Bench;

/// <summary>
/// Runs a benchmark in a workspace of its own: a temporary folder holding the generated tenant and a fresh SQLite
/// database (with everything the data folder keeps beside it), deleted afterwards. The user's database is never opened.
/// Every kind imports the tenant first; <c>query</c> and <c>paths</c> measure on what that import stored.
/// </summary>
internal static class BenchRunner
{
    public const string All = "all";
    public const string Ingest = "ingest";
    public const string Query = "query";
    public const string Paths = "paths";
    public const int DefaultFindings = 100_000;

    public static readonly string[] Kinds = [Ingest, Paths, Query, All];

    public static async Task<BenchReport> RunAsync(BenchRequest request, CancellationToken ct)
    {
        var workspace = Path.Combine(Path.GetTempPath(), $"cnappai-bench-{Guid.NewGuid():n}");
        Directory.CreateDirectory(workspace);
        try
        {
            using var host = await CliHost.StartAsync(Path.Combine(workspace, "data", "bench.db"), ct).ConfigureAwait(false);
            var services = host.Services;
            using var operatorScope = services.GetRequiredService<IActorAccessor>().Use(Actor.LocalOperator(Environment.UserName));
            var ingest = await IngestBench.RunAsync(services, Path.Combine(workspace, "tenant"), request.EstateAssets, ct).ConfigureAwait(false);
            var query = request.Runs(Query) ? await QueryBench.RunAsync(services, ingest.Findings, ct).ConfigureAwait(false) : null;
            var paths = request.Runs(Paths) ? await PathsBench.RunAsync(services, ingest.Assets, ct).ConfigureAwait(false) : null;
            return new BenchReport(request.Runs(Ingest) ? ingest : null, query, paths);
        }
        finally
        {
            Delete(workspace);
        }
    }

    private static void Delete(string workspace)
    {
        try
        {
            Directory.Delete(workspace, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (Windows keeps pooled SQLite connections' files locked): the temp folder is cleaned later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

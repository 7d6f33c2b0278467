using System.CommandLine;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>sync [--connector name] [--full] [--db path]</c>: pulls from the configured connectors now (every enabled one, or
/// the one named) and prints the recorded runs as JSON. Exit 1 when any run failed or kept only part of its data.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var connector = new Option<string?>("--connector") { Description = "Sync only this connector (by name), even if it is disabled." };
        var full = new Option<bool>("--full") { Description = "Read everything instead of changes since the last sync, and resolve findings the vendor no longer reports." };
        var command = new Command("sync", "Pull findings from the configured connectors now.") { connector, full, CommonOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var ingestion = host.Services.GetRequiredService<IIngestionFacade>();
            var name = parse.GetValue(connector);
            if (name is not null && await ingestion.GetConnectorAsync(name, ct).ConfigureAwait(false) is null)
            {
                var known = (await ingestion.GetConnectorsAsync(ct).ConfigureAwait(false)).Select(c => c.Name);
                await error.WriteLineAsync($"unknown connector '{name}'; configured connectors: {string.Join(", ", known)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var mode = parse.GetValue(full) ? SyncMode.Full : SyncMode.Incremental;
            var runs = await ingestion.SyncAsync(new SyncRequest(name, mode, "cli"), ct).ConfigureAwait(false);
            await CliJson.WriteAsync(output, SyncOutput.From(runs)).ConfigureAwait(false);
            return runs.Any(r => r.Status is SyncRunStatus.Failed or SyncRunStatus.Partial) ? ExitCodes.Rejected : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Totals first, then each run as recorded (pages, records, errors with their page file and location).</summary>
    private sealed record SyncOutput(int Connectors, int Pages, int Records, int New, int Updated, int Rejected, int Resolved, int Errors, IReadOnlyList<SyncRunView> Runs)
    {
        public static SyncOutput From(IReadOnlyList<SyncRunView> runs) => new(
            runs.Count,
            runs.Sum(r => r.Pages),
            runs.Sum(r => r.Records),
            runs.Sum(r => r.New),
            runs.Sum(r => r.Updated),
            runs.Sum(r => r.Rejected),
            runs.Sum(r => r.Resolved),
            runs.Sum(r => r.Errors.Count),
            runs);
    }
}

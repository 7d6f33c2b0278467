using System.CommandLine;
using CnappAi.Web.Cli.Bench;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>bench &lt;ingest|paths|query|all&gt; [--findings N] [--assets N]</c>: writes a sample tenant in the vendors' formats
/// into a temporary folder, imports it into a temporary database, measures, prints one JSON object and deletes both.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var what = new Argument<string>("what") { Description = "ingest, paths, query or all." };
        what.AcceptOnlyFromAmong(BenchRunner.Kinds);
        var findings = new Option<int?>("--findings") { Description = $"About how many findings to import (default {BenchRunner.DefaultFindings:N0}); sets the estate size." };
        var assets = new Option<int?>("--assets") { Description = "Resources in the sample estate (about 10 findings each); overrides --findings." };
        var command = new Command("bench", "Measure import throughput, explorer query latency and attack-path search on a generated tenant.") { what, findings, assets };
        command.SetAction(async (parse, ct) =>
        {
            var request = new BenchRequest(parse.GetValue(what)!, parse.GetValue(findings), parse.GetValue(assets));
            if (request.Validate() is { } problem)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var report = await BenchRunner.RunAsync(request, ct).ConfigureAwait(false);
            await CliJson.WriteAsync(output, report).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}

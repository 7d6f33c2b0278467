using System.CommandLine;
using System.Globalization;
using System.Text;
using CnappAi.Modules.Audit;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>audit verify [--db path]</c> walks the hash chain and exits 1 naming the first broken record;
/// <c>audit export [--out file] [--since time]</c> writes the trail as JSON lines for a SIEM.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("audit", "Check or export the tamper-evident audit trail.");
        command.Subcommands.Add(Verify(output));
        command.Subcommands.Add(Export(output, error));
        return command;
    }

    private static Command Verify(TextWriter output)
    {
        var verify = new Command("verify", "Recompute every link of the audit chain; exit 1 and name the first broken record if it does not hold.") { CommonOptions.Database };
        verify.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var result = await host.Services.GetRequiredService<IAuditFacade>().VerifyAsync(ct).ConfigureAwait(false);
            await CliJson.WriteAsync(output, result).ConfigureAwait(false);
            return result.Intact ? ExitCodes.Success : ExitCodes.Rejected;
        });
        return verify;
    }

    private static Command Export(TextWriter output, TextWriter error)
    {
        var file = new Option<FileInfo?>("--out") { Description = "Write the JSON lines to this file instead of standard output." };
        var since = new Option<string?>("--since") { Description = "Only records at or after this time (ISO 8601, e.g. 2026-11-01T00:00:00Z)." };
        var export = new Command("export", "Write the audit trail as JSON lines (oldest first), each with its hash and the previous hash.") { CommonOptions.Database, file, since };
        export.SetAction(async (parse, ct) =>
        {
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await error.WriteLineAsync($"--since: '{text}' is not a date and time (use ISO 8601).").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                from = parsed;
            }

            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var audit = host.Services.GetRequiredService<IAuditFacade>();
            if (parse.GetValue(file) is not { } target)
            {
                await audit.ExportJsonLinesAsync(output, from, ct).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            int count;
            await using (var writer = new StreamWriter(target.FullName, append: false, new UTF8Encoding(false)))
            {
                count = await audit.ExportJsonLinesAsync(writer, from, ct).ConfigureAwait(false);
            }

            await CliJson.WriteAsync(output, new { path = target.FullName, records = count }).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return export;
    }
}

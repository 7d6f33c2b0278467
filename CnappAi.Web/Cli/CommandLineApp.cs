using System.CommandLine;

namespace CnappAi.Web.Cli;

/// <summary>
/// The web host doubles as the command line: <c>CnappAi.Web &lt;verb&gt; ...</c> runs a verb and exits;
/// with no verb the dashboard is served.
/// </summary>
internal static class CommandLineApp
{
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) || args is ["--help" or "-h" or "-?" or "--version", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("CnappAi: one normalized, prioritised view of your cloud-security findings.")
        {
            ImportCommand.Create(output, error),
            FindingsCommand.Create(output),
            ExplainCommand.Create(output, error),
            AskCommand.Create(output, error),
            SyncCommand.Create(output, error),
            SampleCommand.Create(output, error),
            GateCommand.Create(output, error),
            BriefCommand.Create(output, error),
            BenchCommand.Create(output, error),
            AuditCommand.Create(output, error),
            PathsCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
    }
}

using System.CommandLine;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Web.Cli;

/// <summary><c>findings [--format jsonl|csv|ocsf] [filters]</c>: exports normalized findings, one record per line.</summary>
internal static class FindingsCommand
{
    public static Command Create(TextWriter output)
    {
        var format = new Option<ExportFormat>("--format") { Description = "jsonl (default), csv or ocsf.", DefaultValueFactory = _ => ExportFormat.Jsonl };
        var source = new Option<string[]>("--source") { Description = "Only these sources.", AllowMultipleArgumentsPerToken = true };
        var severity = new Option<Severity[]>("--severity") { Description = "Only these severities (critical, high, medium, low, info).", AllowMultipleArgumentsPerToken = true };
        var status = new Option<FindingStatus[]>("--status") { Description = "Only these statuses (open, inprogress, resolved, suppressed).", AllowMultipleArgumentsPerToken = true };
        var category = new Option<FindingCategory[]>("--category") { Description = "Only these categories.", AllowMultipleArgumentsPerToken = true };
        var provider = new Option<CloudProvider[]>("--provider") { Description = "Only these clouds (aws, azure, gcp, kubernetes, container, code).", AllowMultipleArgumentsPerToken = true };
        var account = new Option<string?>("--account") { Description = "Only this account, subscription or project." };
        var command = new Command("findings", "Export normalized findings.") { format, source, severity, status, category, provider, account, CommonOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var query = new FindingQuery
            {
                Sources = parse.GetValue(source) ?? [],
                Severities = parse.GetValue(severity) ?? [],
                Statuses = parse.GetValue(status) ?? [],
                Categories = parse.GetValue(category) ?? [],
                Providers = parse.GetValue(provider) ?? [],
                Account = parse.GetValue(account),
            };
            await host.Services.GetRequiredService<INormalizationFacade>()
                .WriteExportAsync(query, parse.GetValue(format), output, ct).ConfigureAwait(false);
            await output.FlushAsync(ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using CnappAi.Modules.IacGate;
using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>gate &lt;sarif-or-checkov-file&gt; [--baseline file] [--fail-on P1..P4] [--format markdown|json] [--repository r --branch b]</c>:
/// prints the pull-request comment (or JSON) and exits 1 only when a new issue at or above the threshold blocks,
/// 0 otherwise, 2 for usage errors and for a scan it cannot read (malformed SARIF included).
/// </summary>
internal static class GateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("sarif-or-checkov-file") { Description = "The IaC scan: SARIF 2.1.0 (Checkov, tfsec, Trivy, KICS, ...) or Checkov JSON." };
        var baseline = new Option<string?>("--baseline") { Description = "A previous scan to compare with; default: the last passing stored scan of --repository on --baseline-branch." };
        var failOn = new Option<GatePriority>("--fail-on") { Description = "Fail on new issues at this priority or above: P1, P2 (default), P3 or P4.", DefaultValueFactory = _ => GatePriority.P2 };
        var format = new Option<GateReportFormat>("--format") { Description = "markdown (a pull-request comment, default) or json.", DefaultValueFactory = _ => GateReportFormat.Markdown };
        var repository = new Option<string?>("--repository") { Description = "Repository the scan is for (e.g. acme/payments); with --branch, scans are stored and compared." };
        var branch = new Option<string?>("--branch") { Description = "Branch the scan is for." };
        var baselineBranch = new Option<string?>("--baseline-branch") { Description = "Compare with this branch's last passing scan (for pull requests: the target branch)." };
        var exceptions = new Option<string?>("--exceptions") { Description = "JSON file of accepted exceptions (rule, file, resource, reason, owner, expires)." };
        var workspace = new Option<string?>("--workspace") { Description = "Terraform workspace or environment being deployed; dev-only ones mark likely false positives." };
        var strict = new Option<bool>("--strict") { Description = "Let likely false positives block like any other issue." };
        var noStore = new Option<bool>("--no-store") { Description = "Do not store this scan." };

        // Enum parsing also accepts numbers ("7" would be an undefined priority): only the names are valid.
        failOn.Validators.Add(result => RejectNumbers(result, "--fail-on must be P1, P2, P3 or P4."));
        format.Validators.Add(result => RejectNumbers(result, "--format must be markdown or json."));

        var command = new Command("gate", "Judge an IaC scan for a CI pipeline: explain each failed check and fail only on new high-risk issues.")
        {
            file, baseline, failOn, format, repository, branch, baselineBranch, exceptions, workspace, strict, noStore, CommonOptions.Database,
        };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var gate = host.Services.GetRequiredService<IIacGateFacade>();
            var request = new GateRequest
            {
                ScanPath = parse.GetValue(file)!,
                BaselinePath = parse.GetValue(baseline),
                ExceptionsPath = parse.GetValue(exceptions),
                FailOn = parse.GetValue(failOn),
                Repository = parse.GetValue(repository),
                Branch = parse.GetValue(branch),
                BaselineBranch = parse.GetValue(baselineBranch),
                Workspace = parse.GetValue(workspace),
                Strict = parse.GetValue(strict),
                Store = !parse.GetValue(noStore),
            };
            try
            {
                var report = await gate.EvaluateAsync(request, ct).ConfigureAwait(false);
                await output.WriteLineAsync(gate.Render(report, parse.GetValue(format))).ConfigureAwait(false);
                await output.FlushAsync(ct).ConfigureAwait(false);
                return report.ExitCode;
            }
            catch (GateInputException ex)
            {
                await error.WriteLineAsync($"gate: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static void RejectNumbers(System.CommandLine.Parsing.OptionResult result, string message)
    {
        if (result.Tokens.Any(t => t.Value.Length > 0 && t.Value.All(c => char.IsAsciiDigit(c) || c == '-')))
        {
            result.AddError(message);
        }
    }
}

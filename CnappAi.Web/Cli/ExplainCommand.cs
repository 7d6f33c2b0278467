using System.CommandLine;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>explain &lt;finding-id&gt; [--db path]</c>: triage, plain-English explanation and fix for one finding, each with the
/// engine that produced it (<c>rule-based</c> without a model) and its provenance.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("finding-id") { Description = "The finding's id (the 'id' column of the findings export)." };
        var command = new Command("explain", "Explain, triage and draft a fix for one finding (AI, or the rule engine without a model).") { id, CommonOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
                var findingId = parse.GetValue(id)!;
                var explanation = await host.Services.GetRequiredService<IAiFacade>().ExplainFindingAsync(findingId, ct).ConfigureAwait(false);
                if (explanation is null)
                {
                    await CliJson.WriteAsync(output, new { error = $"no finding has id '{findingId}'" }).ConfigureAwait(false);
                    return ExitCodes.Rejected;
                }

                await CliJson.WriteAsync(output, ExplainOutput.From(explanation)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (OptionsValidationException ex)
            {
                await error.WriteLineAsync($"invalid Ai configuration: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private sealed record Section<T>(Guid OutputId, string Engine, T Result);

    private sealed record ExplainOutput(
        string FindingId, string Title, string Engine,
        Section<TriageResult> Triage, Section<RiskExplanation> Explanation, Section<FixProposal> Fix,
        IReadOnlyDictionary<string, AiProvenance> Provenance)
    {
        public static ExplainOutput From(FindingExplanation e)
        {
            var engines = new[] { e.Triage.Engine, e.Explanation.Engine, e.Fix.Engine }.Distinct().ToList();
            return new ExplainOutput(
                e.FindingId, e.Title, engines.Count == 1 ? engines[0] : "mixed",
                new(e.Triage.Id, e.Triage.Engine, e.Triage.Output),
                new(e.Explanation.Id, e.Explanation.Engine, e.Explanation.Output),
                new(e.Fix.Id, e.Fix.Engine, e.Fix.Output),
                new Dictionary<string, AiProvenance> { ["triage"] = e.Triage.Provenance, ["explanation"] = e.Explanation.Provenance, ["fix"] = e.Fix.Provenance });
        }
    }
}

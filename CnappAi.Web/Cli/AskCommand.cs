using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>ask "&lt;question&gt;" [--db path]</c>: answers a question over the normalized store with the records it cites and its
/// provenance. "What happened to X in the last N hours" runs the investigation copilot; <c>--policy</c> turns a
/// requirement into Rego and Sentinel.
/// </summary>
internal static partial class AskCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var question = new Argument<string>("question") { Description = "A question in plain English, e.g. \"S3 buckets in us-east-1 without encryption tagged PII\"." };
        var policy = new Option<bool>("--policy") { Description = "Treat the text as a requirement and draft policy as code (Rego, Sentinel)." };
        var command = new Command("ask", "Ask a question about the findings in plain English (AI, or the rule engine without a model).") { question, policy, CommonOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(question);
            if (string.IsNullOrWhiteSpace(text))
            {
                await error.WriteLineAsync("ask needs a question").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            try
            {
                using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
                var ai = host.Services.GetRequiredService<IAiFacade>();
                object result = parse.GetValue(policy)
                    ? Output(text, await ai.DraftPolicyAsync(text, ct).ConfigureAwait(false))
                    : Investigation().Match(text) is { Success: true } m
                        ? Output(text, await ai.InvestigateAsync(m.Groups["what"].Value.Trim(' ', '"', '\''), Window(m), ct).ConfigureAwait(false))
                        : Answer(text, await ai.AskAsync(text, ct).ConfigureAwait(false));
                await CliJson.WriteAsync(output, result).ConfigureAwait(false);
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

    private static object Answer(string question, AiResult<QueryAnswer> r) => new
    {
        question, engine = r.Engine, r.Output.Answer, r.Output.Citations, r.Output.Interpretation, r.Output.Total, outputId = r.Id, provenance = r.Provenance,
    };

    private static object Output<T>(string question, AiResult<T> r) => new { question, function = r.Function, engine = r.Engine, result = r.Output, outputId = r.Id, provenance = r.Provenance };

    private static TimeSpan Window(Match m)
    {
        var amount = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 24;
        return m.Groups["unit"].Value.StartsWith('d') ? TimeSpan.FromDays(amount) : TimeSpan.FromHours(amount);
    }

    [GeneratedRegex(@"^\s*what (?:happened|changed) (?:to|with|on) (?<what>.+?)(?: in| over| during)? the (?:last|past) (?:(?<n>\d{1,4}) )?(?<unit>hours?|days?)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Investigation();
}

using System.Globalization;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Compliance.EvaluateControls;

namespace CnappAi.Modules.Compliance.AskCompliance;

/// <summary>
/// Plain-language compliance questions: the AI module's query function answers over the findings (it reads control and
/// framework words itself); the framework's computed posture is returned beside it as the context to check it against.
/// </summary>
internal sealed class AskComplianceHandler(IAiFacade ai, EvaluatePostureHandler posture)
{
    public async Task<ComplianceAnswer> HandleAsync(string question, string? frameworkId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var context = "No framework selected.";
        if (frameworkId is not null && await posture.HandleAsync(frameworkId, ct).ConfigureAwait(false) is { } p)
        {
            var failing = p.Controls.Where(c => c.Result == ControlResult.Fail).Take(5).Select(c => $"{c.Control.Id} ({c.FailingResources} resources)");
            context = string.Create(
                CultureInfo.InvariantCulture,
                $"{p.Framework.Name}: {p.Passed} controls pass, {p.Failed} fail, {p.NotAssessed} not assessed. Failing: {string.Join(", ", failing)}.");
        }

        var answer = await ai.AskAsync(question, ct).ConfigureAwait(false);
        return new ComplianceAnswer(question, frameworkId, context, answer);
    }
}

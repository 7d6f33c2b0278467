using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

internal sealed class RiskExplanationValidator : AbstractValidator<RiskExplanation>
{
    public static readonly IReadOnlySet<string> Urgencies = new HashSet<string>(StringComparer.Ordinal)
    {
        "fix now", "this week", "this month", "when convenient", "no action needed",
    };

    public RiskExplanationValidator()
    {
        RuleFor(e => e.Summary).NotEmpty().MaximumLength(3000);
        RuleFor(e => e.BusinessImpact).NotEmpty().MaximumLength(3000);
        RuleFor(e => e.KeyFactors).NotNull().Must(f => f is null || f.Count <= 20).WithMessage("at most 20 key factors");
        RuleForEach(e => e.KeyFactors).NotEmpty().MaximumLength(400);
        RuleFor(e => e.RecommendedAction).NotEmpty().MaximumLength(1500);
        RuleFor(e => e.Urgency).Must(u => u is not null && Urgencies.Contains(u)).WithMessage($"urgency must be one of: {string.Join(", ", Urgencies)}");
    }
}

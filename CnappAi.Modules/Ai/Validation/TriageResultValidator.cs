using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

internal sealed class TriageResultValidator : AbstractValidator<TriageResult>
{
    public TriageResultValidator()
    {
        RuleFor(t => t.RiskScore).InclusiveBetween(1, 10);
        RuleFor(t => t.OwningTeam).NotEmpty().MaximumLength(120);
        RuleFor(t => t.FixInstruction).NotEmpty().MaximumLength(600);
        RuleFor(t => t.Rationale).NotEmpty().MaximumLength(1500);
    }
}

using CnappAi.Modules.Remediation.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Remediation.RequestPlan;

internal sealed class PlanRequestValidator : AbstractValidator<PlanRequest>
{
    public PlanRequestValidator()
    {
        RuleFor(r => r.FindingId).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Actions).NotNull().Must(a => a.Distinct().Count() == a.Count).WithMessage("Each action type may appear once in a plan.");
        RuleForEach(r => r.Actions).IsInEnum();
        RuleFor(r => r.Comment).MaximumLength(2048);
    }
}

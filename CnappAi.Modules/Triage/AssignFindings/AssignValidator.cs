using CnappAi.Modules.Triage.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Triage.AssignFindings;

internal sealed class AssignValidator : AbstractValidator<AssignRequest>
{
    public const int MaxFindings = 1000;

    public AssignValidator()
    {
        RuleFor(r => r.ClusterIds).NotEmpty().Must(ids => ids.Count <= MaxFindings)
            .WithMessage($"Assign at most {MaxFindings} findings at once.");
        RuleForEach(r => r.ClusterIds).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Assignee).NotNull().MaximumLength(128);
    }
}

using FluentValidation;

namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>An exception must say which rule, why, who owns the risk and when it lapses; anything less is not an accepted risk.</summary>
internal sealed class ExceptionsDocumentValidator : AbstractValidator<ExceptionsDocument>
{
    public ExceptionsDocumentValidator()
    {
        RuleForEach(d => d.Exceptions).ChildRules(exception =>
        {
            exception.RuleFor(e => e.Rule).NotEmpty().WithMessage("'rule' is required (a rule id, or * for every rule)");
            exception.RuleFor(e => e.Reason).NotEmpty().WithMessage("'reason' is required");
            exception.RuleFor(e => e.Owner).NotEmpty().WithMessage("'owner' is required");
            exception.RuleFor(e => e.Expires).NotNull().WithMessage("'expires' (yyyy-MM-dd) is required");
            exception.RuleFor(e => e).Must(e => e.Rule != "*" || e.File is not null || e.Resource is not null)
                .WithMessage("an exception for every rule (*) must name a 'file' or a 'resource'");
        });
        RuleForEach(d => d.TestPaths).NotEmpty();
        RuleForEach(d => d.DevWorkspaces).NotEmpty();
    }
}

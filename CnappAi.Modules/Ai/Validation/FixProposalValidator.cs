using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

internal sealed class FixProposalValidator : AbstractValidator<FixProposal>
{
    public FixProposalValidator()
    {
        RuleFor(p => p.Summary).NotEmpty().MaximumLength(800);
        RuleFor(p => p.ControlId).MaximumLength(80);
        RuleFor(p => p.Snippets).NotEmpty().Must(s => s is null || s.Count <= 12).WithMessage("between 1 and 12 snippets");
        RuleForEach(p => p.Snippets).ChildRules(snippet =>
        {
            snippet.RuleFor(s => s.Format).IsInEnum();
            snippet.RuleFor(s => s.Title).NotEmpty().MaximumLength(300);
            snippet.RuleFor(s => s.Code).NotEmpty().MaximumLength(12000);
        });
        RuleFor(p => p.Steps).NotNull().Must(s => s is null || s.Count <= 25);
        RuleFor(p => p.Caveats).NotNull().Must(c => c is null || c.Count <= 25);
    }
}

using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Evaluation;

internal sealed class ReviewVerdictValidator : AbstractValidator<ReviewVerdict>
{
    public ReviewVerdictValidator()
    {
        RuleFor(v => v.OutputId).NotEmpty();
        RuleFor(v => v.Reason).NotEmpty().WithMessage("say why the output is right or wrong").MaximumLength(2000);
        RuleFor(v => v.Reviewer).NotEmpty().MaximumLength(200);
    }
}

using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

/// <summary>An answer may cite only records that a lookup actually returned, so a model cannot invent evidence.</summary>
internal sealed class QueryAnswerValidator : AbstractValidator<QueryAnswer>
{
    public QueryAnswerValidator(Func<string, string, bool>? wasReturned = null)
    {
        RuleFor(a => a.Answer).NotEmpty().MaximumLength(6000);
        RuleFor(a => a.Total).GreaterThanOrEqualTo(0);
        RuleFor(a => a.Citations).NotNull().Must(c => c is null || c.Count <= 60).WithMessage("at most 60 citations");
        RuleForEach(a => a.Citations).ChildRules(citation =>
        {
            citation.RuleFor(c => c.Kind).Must(k => k is "finding" or "asset").WithMessage("kind must be finding or asset");
            citation.RuleFor(c => c.Id).NotEmpty().MaximumLength(2000);
        });
        if (wasReturned is not null)
        {
            RuleForEach(a => a.Citations)
                .Must(c => c.Kind is null || c.Id is null || wasReturned(c.Kind, c.Id))
                .WithMessage(c => "cites a record no function returned");
        }
    }
}

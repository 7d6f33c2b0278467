using CnappAi.Modules.Triage.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Triage.SavedViews;

internal sealed class SaveViewValidator : AbstractValidator<SaveViewRequest>
{
    public SaveViewValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(128);
        RuleFor(r => r.Query).NotNull().MaximumLength(4096);
    }
}

using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

internal sealed class InvestigationReportValidator : AbstractValidator<InvestigationReport>
{
    public InvestigationReportValidator()
    {
        RuleFor(r => r.Workload).NotEmpty();
        RuleFor(r => r.Timeline).NotNull();
        RuleFor(r => r.FindingIds).NotNull();
        RuleFor(r => r.IncidentSummary).NotEmpty().MaximumLength(6000);
    }
}

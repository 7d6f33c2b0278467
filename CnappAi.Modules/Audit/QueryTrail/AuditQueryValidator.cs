using CnappAi.Modules.Audit.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Audit.QueryTrail;

internal sealed class AuditQueryValidator : AbstractValidator<AuditQuery>
{
    public AuditQueryValidator()
    {
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Take).InclusiveBetween(1, 500);
        RuleFor(q => q.Action).MaximumLength(64);
        RuleFor(q => q.ActorId).MaximumLength(256);
        RuleFor(q => q.SubjectType).MaximumLength(64);
        RuleFor(q => q.SubjectId).MaximumLength(256);
        RuleFor(q => q.FindingId).MaximumLength(128);
        RuleFor(q => q.Outcome).MaximumLength(16);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}

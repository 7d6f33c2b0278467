using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Risk.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk.Exceptions;

/// <summary>
/// An exception needs an owner, a reason and an expiry in the future within the configured maximum. An acceptance
/// names one unified finding; a suppression rule needs at least one criterion, and a known control id if it names one.
/// </summary>
internal sealed class CreateExceptionValidator : AbstractValidator<CreateExceptionRequest>
{
    public CreateExceptionValidator(TimeProvider clock, IOptions<RiskOptions> options)
    {
        RuleFor(r => r.Owner).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(2048);
        RuleFor(r => r.CreatedBy).NotEmpty().MaximumLength(128);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.ExpiresAt)
            .Must(e => e > clock.GetUtcNow()).WithMessage("the expiry must be in the future")
            .Must(e => e <= clock.GetUtcNow().AddDays(options.Value.MaxExceptionDays)).WithMessage($"the expiry may be at most {options.Value.MaxExceptionDays} days away");
        RuleFor(r => r.ClusterId).NotEmpty().When(r => r.Kind == ExceptionKind.Acceptance).WithMessage("a risk acceptance names the finding (cluster id) it accepts");
        RuleFor(r => r).Must(r => r.ControlId is not null || r.ResourcePattern is not null || r.Environment is not null || r.Tag is not null)
            .When(r => r.Kind == ExceptionKind.Suppression).WithMessage("a suppression rule needs a control, resource pattern, environment or tag");
        RuleFor(r => r.ControlId).Must(c => SharedControls.Find(c) is not null).When(r => r.ControlId is not null).WithMessage("unknown control id");
        RuleFor(r => r.Tag).Must(t => ActiveExceptions.ParseTag(t) is not null).When(r => r.Tag is not null).WithMessage("a tag is written key=value");
        RuleFor(r => r.ResourcePattern).MaximumLength(2048);
    }
}

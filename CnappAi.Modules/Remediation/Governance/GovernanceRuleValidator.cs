using CnappAi.Modules.Remediation.Contracts;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Governance;

internal sealed class GovernanceRuleValidator : AbstractValidator<GovernanceRule>
{
    public GovernanceRuleValidator(IOptions<RemediationOptions> options)
    {
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.Mode).IsInEnum();
        RuleFor(r => r.Environment).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Mode).NotEqual(GovernanceMode.Automated)
            .When(r => !options.Value.AutomationAllowList.Contains(r.Type))
            .WithMessage(r => $"{r.Type} cannot be automated: only {string.Join(", ", options.Value.AutomationAllowList)} can.");
    }
}

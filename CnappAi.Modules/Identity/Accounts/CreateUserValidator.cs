using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Shared.Security;
using FluentValidation;

namespace CnappAi.Modules.Identity.Accounts;

/// <summary>A user name of letters, digits and <c>.-_@</c>; at least one known role. Password rules are Identity's.</summary>
internal sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        RuleFor(r => r.UserName).NotEmpty().MaximumLength(64).Matches("^[A-Za-z0-9._@-]+$").WithMessage("a user name uses letters, digits and . - _ @");
        RuleFor(r => r.Email).EmailAddress().MaximumLength(256).When(r => !string.IsNullOrEmpty(r.Email));
        RuleFor(r => r.Password).NotEmpty();
        RuleFor(r => r.Roles).NotEmpty().WithMessage("give the user at least one role");
        RuleForEach(r => r.Roles).Must(r => Roles.All.Contains(r?.Trim().ToLowerInvariant())).WithMessage("unknown role '{PropertyValue}'");
    }
}

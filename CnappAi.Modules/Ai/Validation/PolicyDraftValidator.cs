using System.Text.Json;
using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

internal sealed class PolicyDraftValidator : AbstractValidator<PolicyDraft>
{
    public PolicyDraftValidator()
    {
        RuleFor(p => p.Title).NotEmpty().MaximumLength(300);
        RuleFor(p => p.Rego).NotEmpty().MaximumLength(12000)
            .Must(r => r is not null && r.Contains("package ", StringComparison.Ordinal) && (r.Contains("deny", StringComparison.Ordinal) || r.Contains("violation", StringComparison.Ordinal)))
            .WithMessage("rego must declare a package and a deny or violation rule");
        RuleFor(p => p.Sentinel).NotEmpty().MaximumLength(12000)
            .Must(s => s is not null && s.Contains("main", StringComparison.Ordinal) && s.Contains("rule", StringComparison.Ordinal))
            .WithMessage("sentinel must define main = rule { ... }");
        RuleFor(p => p.TestInput).NotEmpty().MaximumLength(20000).Must(IsJsonObject).WithMessage("test_input must be a JSON object");
        RuleFor(p => p.Explanation).NotEmpty().MaximumLength(3000);
    }

    private static bool IsJsonObject(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

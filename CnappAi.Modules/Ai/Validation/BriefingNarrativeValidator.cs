using CnappAi.Modules.Ai.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Validation;

/// <summary>
/// A briefing narrative: a few short plain-text paragraphs, and every number it states is one of the briefing's
/// figures (<paramref name="figures"/>): a narrative that computes, rounds differently or invents a number is rejected.
/// </summary>
internal sealed class BriefingNarrativeValidator : AbstractValidator<BriefingNarrative>
{
    public const int MaxParagraphs = 8;

    public BriefingNarrativeValidator(IReadOnlySet<double> figures)
    {
        RuleFor(n => n.Paragraphs).NotNull().Must(p => p is { Count: >= 1 and <= MaxParagraphs })
            .WithMessage($"paragraphs must hold 1 to {MaxParagraphs} paragraphs");
        RuleForEach(n => n.Paragraphs).NotEmpty().MaximumLength(800)
            .Must(p => p is null || !p.Contains('<', StringComparison.Ordinal) && !p.Contains('>', StringComparison.Ordinal) && !p.Contains("```", StringComparison.Ordinal))
            .WithMessage("paragraphs must be plain text, without markup")
            .Must(p => p is null || !p.Contains("http://", StringComparison.OrdinalIgnoreCase) && !p.Contains("https://", StringComparison.OrdinalIgnoreCase))
            .WithMessage("paragraphs must not contain links")
            .Custom((paragraph, context) =>
            {
                foreach (var number in FigureNumbers.In(paragraph ?? "").Where(n => !figures.Contains(n)).Distinct())
                {
                    context.AddFailure($"the narrative states {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}, which is not one of the briefing's figures; state only numbers from the data");
                }
            });
    }
}

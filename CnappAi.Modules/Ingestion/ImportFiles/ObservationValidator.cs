using CnappAi.Modules.Normalization.Contracts;
using FluentValidation;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>What every mapped record must carry before it is stored; a failure rejects that record alone.</summary>
internal sealed class ObservationValidator : AbstractValidator<NormalizedObservation>
{
    public const int MaxIdLength = 1024;
    public const int MaxResourceUidLength = 2048;

    public ObservationValidator()
    {
        RuleFor(o => o.Source).NotEmpty();
        RuleFor(o => o.SourceFindingId).NotEmpty().WithMessage("record has no id")
            .MaximumLength(MaxIdLength).WithMessage($"record id is longer than {MaxIdLength} characters");
        RuleFor(o => o.Title).NotEmpty().WithMessage("record has no title");
        RuleFor(o => o.Severity).IsInEnum();
        RuleFor(o => o.Status).IsInEnum();
        RuleFor(o => o.Category).IsInEnum();
        RuleFor(o => o.Cvss).InclusiveBetween(0, 10).When(o => o.Cvss is not null)
            .WithMessage("CVSS score must be between 0 and 10");
        RuleFor(o => o.Resource).NotNull().WithMessage("record has no resource");
        RuleFor(o => o.Resource!.Uid).NotEmpty().WithMessage("record has no resource id")
            .MaximumLength(MaxResourceUidLength).WithMessage($"resource id is longer than {MaxResourceUidLength} characters")
            .When(o => o.Resource is not null);
    }
}

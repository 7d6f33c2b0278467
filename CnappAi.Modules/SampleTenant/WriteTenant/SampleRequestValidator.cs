using CnappAi.Modules.SampleTenant.Contracts;
using FluentValidation;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

internal sealed class SampleRequestValidator : AbstractValidator<SampleRequest>
{
    public SampleRequestValidator()
    {
        RuleFor(r => r.OutputDirectory).NotEmpty().WithMessage("an output folder is required");
        RuleFor(r => r.Assets).InclusiveBetween(1, SampleRequest.MaxAssets)
            .WithMessage($"--assets must be between 1 and {SampleRequest.MaxAssets:N0}");
    }
}

using System.ComponentModel.DataAnnotations;
using CnappAi.Modules.Risk;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Risk;

public class RiskOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => Errors(new RiskOptions()).ShouldBeEmpty();

    [Fact]
    public void Validate_WeightOutOfRangeOrBandsOutOfOrder_AreReported()
    {
        var options = new RiskOptions { P1From = 5, P2From = 6, Weights = new RiskWeights { Kev = 50 } };

        Errors(options).ShouldBe(["The field Kev must be between 0 and 5.", "priority bands must descend: P1From > P2From > P3From"], ignoreOrder: true);
    }

    [Fact]
    public async Task GetSlaDays_ReadsConfiguredDaysAndDefaultsTheRest()
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?> { ["Risk:SlaDaysP1"] = "3", ["Risk:SlaDaysP4"] = "365" });

        services.Get<IRiskFacade>().GetSlaDays().ShouldBe(new Dictionary<int, int> { [1] = 3, [2] = 30, [3] = 90, [4] = 365 });
    }

    private static List<string?> Errors(RiskOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage)];
    }
}

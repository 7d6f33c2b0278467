using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.Remediation;

/// <summary>The request → approve → execute steps, each as the actor who would take it.</summary>
internal static class PlanSteps
{
    public static async Task<PlanView> RequestAsync(this RemediationFixture fixture, FindingView finding, params ActionType[] actions)
    {
        using (fixture.As(RemediationFixture.Analyst))
        {
            return await fixture.Facade.RequestPlanAsync(new PlanRequest(finding.Id, actions), CancellationToken.None);
        }
    }

    public static async Task<DecisionOutcome> ApproveAsync(this RemediationFixture fixture, PlanView plan, Actor? approver = null)
    {
        using (fixture.As(approver ?? RemediationFixture.Approver))
        {
            return await fixture.Facade.ApproveAsync(plan.Id, "looks right", CancellationToken.None);
        }
    }

    public static async Task<PlanView> ExecuteAsync(this RemediationFixture fixture, PlanView plan)
    {
        await fixture.Services.Get<ExecutePlanJob>().RunAsync(plan.Id, CancellationToken.None);
        return await fixture.ReloadAsync(plan);
    }

    public static async Task<PlanView> ReloadAsync(this RemediationFixture fixture, PlanView plan)
    {
        using (fixture.As(RemediationFixture.Admin))
        {
            return (await fixture.Facade.GetPlanAsync(plan.Id, CancellationToken.None))!;
        }
    }

    public static async Task<PlanView> ApprovedAndExecutedAsync(this RemediationFixture fixture, FindingView finding, params ActionType[] actions)
    {
        var plan = await fixture.RequestAsync(finding, actions);
        (await fixture.ApproveAsync(plan)).Accepted.ShouldBeTrue();
        return await fixture.ExecuteAsync(plan);
    }

    public static FindingView NonProduction(this RemediationFixture fixture, int skip = 0) => fixture.Pick(f => !f.IsProduction(), skip);
}

using Hangfire;

namespace CnappAi.Modules.Shared.Jobs;

/// <summary>
/// A module's recurring jobs, registered in one place with stable ids (for example <c>"risk:rescore-nightly"</c>).
/// The host calls every registered source once at start-up; <c>AddOrUpdate</c> makes that safe to repeat.
/// </summary>
public interface IRecurringJobSource
{
    void Register(IRecurringJobManager jobs);
}

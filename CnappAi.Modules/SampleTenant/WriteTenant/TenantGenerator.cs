using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Scenario;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>
/// Generates a tenant into a sink: the headline stack first, then ordinary stacks until the asset count is reached.
/// Everything derives from the seed, the asset count and the clock, so running it twice (to count, then to write)
/// produces the same tenant both times.
/// </summary>
internal sealed class TenantGenerator(int seed, int assets, SampleClock clock)
{
    public Organisation Org { get; } = OrganisationBuilder.Build(seed, assets);

    public int Run(ITenantSink sink, CancellationToken ct)
    {
        var counters = new IdCounters();
        var builder = new ProblemBuilder(clock, counters, new SightingFactory(clock, Org, counters));
        var planner = new ProblemPlanner(builder);
        var headline = HeadlineScenario.Build(Org, seed, builder);
        sink.Stack(headline.Stack);
        foreach (var problem in headline.Problems)
        {
            sink.Problem(problem);
        }

        sink.Path(headline.Path);
        var written = headline.Stack.Assets.Count;
        for (var s = 1; written < assets; s++)
        {
            ct.ThrowIfCancellationRequested();
            var stack = StackBuilder.Build(Org, seed, s, written, assets - written);
            sink.Stack(stack);
            var random = SampleRandom.For(seed, s, 1);
            foreach (var asset in stack.Assets)
            {
                foreach (var problem in planner.Plan(asset, random))
                {
                    sink.Problem(problem);
                }
            }

            written += stack.Assets.Count;
        }

        return written;
    }
}

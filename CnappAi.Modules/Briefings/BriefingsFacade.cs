using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.GenerateBriefing;
using CnappAi.Modules.Briefings.ReadBriefings;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Briefings;

internal sealed class BriefingsFacade(GenerateBriefingHandler generate, BriefingReader reader, IActorAccessor actors) : IBriefingsFacade
{
    public Task<BriefingView> GenerateAsync(string trigger, CancellationToken ct) => generate.HandleAsync(actors.Demand(Roles.Analyst), trigger, ct);

    public Task<IReadOnlyList<BriefingSummary>> ListAsync(int take, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return reader.ListAsync(take, ct);
    }

    public Task<BriefingView?> GetAsync(Guid id, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return reader.GetAsync(id, ct);
    }

    public Task<BriefingFile?> GetFileAsync(Guid id, BriefingFormat format, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return reader.GetFileAsync(id, format, ct);
    }
}

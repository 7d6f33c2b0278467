using CnappAi.Modules.Shared.Security;
using CnappAi.Modules.Triage.AssignFindings;
using CnappAi.Modules.Triage.Contracts;
using CnappAi.Modules.Triage.SavedViews;

namespace CnappAi.Modules.Triage;

internal sealed class TriageFacade(IActorAccessor actors, SavedViewsHandler views, AssignHandler assignments) : ITriageFacade
{
    public Task<IReadOnlyList<SavedView>> GetSavedViewsAsync(CancellationToken ct) => views.ListAsync(actors.Demand(Roles.Viewer), ct);

    public Task<SavedView> SaveViewAsync(SaveViewRequest request, CancellationToken ct) => views.SaveAsync(actors.Demand(Roles.Viewer), request, ct);

    public Task<bool> DeleteViewAsync(Guid id, CancellationToken ct) => views.DeleteAsync(actors.Demand(Roles.Viewer), id, ct);

    public Task<int> AssignAsync(AssignRequest request, CancellationToken ct) => assignments.AssignAsync(actors.Demand(Roles.Analyst), request, ct);

    public Task<IReadOnlyDictionary<string, FindingAssignment>> GetAssignmentsAsync(IReadOnlyCollection<string> clusterIds, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return assignments.GetAsync(clusterIds, ct);
    }
}

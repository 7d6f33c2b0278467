using CnappAi.Modules.Posture.CaptureSnapshot;
using CnappAi.Modules.Posture.Contracts;
using CnappAi.Modules.Posture.ReadHistory;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Posture;

internal sealed class PostureFacade(CaptureSnapshotHandler capture, HistoryReader history, IActorAccessor actors) : IPostureFacade
{
    public Task<SnapshotSummary> CaptureAsync(CancellationToken ct) => capture.HandleAsync(actors.Demand(Roles.Analyst), ct);

    public Task<IReadOnlyList<PostureCount>> GetHistoryAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string> dimensions, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return history.ReadAsync(from, to, dimensions, ct);
    }

    public Task<DateOnly?> GetLatestDayAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return history.LatestAsync(ct);
    }
}

using CnappAi.Modules.Triage.Contracts;

namespace CnappAi.Modules.Triage;

/// <summary>
/// Working the findings queue: each user's saved explorer views and who a unified finding is assigned to. Assignment
/// is keyed by cluster id (<c>FindingView.ClusterId</c>) so it follows the problem whichever tool reports it.
/// </summary>
public interface ITriageFacade
{
    /// <summary>The current user's saved views, by name.</summary>
    Task<IReadOnlyList<SavedView>> GetSavedViewsAsync(CancellationToken ct);

    /// <summary>Saves (or replaces, by name) a view for the current user. Throws FluentValidation's <c>ValidationException</c> when invalid.</summary>
    Task<SavedView> SaveViewAsync(SaveViewRequest request, CancellationToken ct);

    /// <summary>Deletes one of the current user's views; false when it is not theirs or unknown.</summary>
    Task<bool> DeleteViewAsync(Guid id, CancellationToken ct);

    /// <summary>Assigns (or, with an empty assignee, unassigns) unified findings; returns how many changed.</summary>
    Task<int> AssignAsync(AssignRequest request, CancellationToken ct);

    /// <summary>The assignments of these unified findings (cluster ids); unassigned ones are absent.</summary>
    Task<IReadOnlyDictionary<string, FindingAssignment>> GetAssignmentsAsync(IReadOnlyCollection<string> clusterIds, CancellationToken ct);
}

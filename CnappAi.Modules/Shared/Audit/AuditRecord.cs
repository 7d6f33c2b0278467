using System.Text.Json;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Shared.Audit;

/// <summary>
/// One fact for the tamper-evident audit trail, before it is chained. <paramref name="Action"/> is a dotted verb
/// (<c>import.completed</c>, <c>plan.requested</c>, <c>plan.approved</c>, <c>action.executed</c>, <c>auth.signin</c>,
/// <c>settings.changed</c>, ...); <paramref name="Outcome"/> is <c>success</c>, <c>failure</c> or <c>denied</c>;
/// <paramref name="DetailsJson"/> is a JSON object with no secrets in it.
/// </summary>
public sealed record AuditRecord(
    string Action,
    Actor Actor,
    string SubjectType,
    string SubjectId,
    string Outcome,
    IReadOnlyList<string> FindingIds,
    string DetailsJson)
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Denied = "denied";

    private static readonly JsonSerializerOptions DetailsJsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>A record whose details are <paramref name="details"/> serialized as a JSON object (camelCase).</summary>
    public static AuditRecord Of(
        string action, Actor actor, string subjectType, string subjectId,
        object? details = null, IReadOnlyList<string>? findingIds = null, string outcome = Success) =>
        new(action, actor, subjectType, subjectId, outcome, findingIds ?? [],
            details is null ? "{}" : JsonSerializer.Serialize(details, details.GetType(), DetailsJsonOptions));
}

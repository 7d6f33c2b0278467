using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation;

/// <summary>
/// Cross-tool correlation: which unified finding (cluster) an observation belongs to and why, the crosswalk from vendor
/// rules to the shared control catalogue (<see cref="SharedControls"/>), suggestions and confirmations for unmapped
/// rules, and splitting wrong merges. Cluster assignment is in memory; call <see cref="PrepareAsync"/> before a batch.
/// </summary>
public interface ICorrelationFacade
{
    /// <summary>The cluster id: the same problem on the same resource gives the same id, whichever tool reported it.</summary>
    string ClusterIdOf(NormalizedObservation observation);

    /// <summary>The cluster, its key kind, the shared control (when mapped) and the match reason for an observation.</summary>
    ClusterAssignment Assign(NormalizedObservation observation);

    /// <summary>
    /// The shared control a vendor rule maps to (a confirmed mapping, else the crosswalk by rule id, name, prefix or, for
    /// threat detections, keywords); null when unmapped. <paramref name="source"/> is the import source name (<c>wiz</c>, <c>prisma</c>, ...).
    /// </summary>
    ControlMatch? ControlOf(string source, string? ruleId, string? title, FindingCategory? category = null);

    /// <summary>Controls suggested for a rule by lexical similarity to the catalogue and the rules already mapped, best first.</summary>
    IReadOnlyList<ControlSuggestion> SuggestControls(string? ruleId, string title, int max = 3);

    /// <summary>Loads confirmed mappings, splits and workload images; call after <c>IAssetsFacade.WarmUpAsync</c> (or <c>IRiskFacade.PrepareAsync</c>).</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>Stores the unmapped rules seen since the last call (once per import).</summary>
    Task RecordObservedRulesAsync(CancellationToken ct);

    /// <summary>Rules seen in imports that map to no control, most frequent first, with suggestions.</summary>
    Task<IReadOnlyList<UnmappedRule>> GetUnmappedRulesAsync(CancellationToken ct);

    /// <summary>Persists a person's mapping and re-keys the stored findings of that rule; returns how many findings moved.</summary>
    Task<int> ConfirmMappingAsync(ConfirmMappingRequest request, CancellationToken ct);

    /// <summary>Splits findings out of a wrong merge, remembered on re-import. Throws <see cref="ArgumentException"/> for an invalid split.</summary>
    Task<SplitResult> SplitAsync(SplitRequest request, CancellationToken ct);

    /// <summary>"Why merged" for a finding id or cluster id; null when unknown.</summary>
    Task<MergeExplanation?> ExplainMergeAsync(string findingOrClusterId, CancellationToken ct);
}

using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Crosswalk;
using CnappAi.Modules.Correlation.ExplainMerges;
using CnappAi.Modules.Correlation.ManageMappings;
using CnappAi.Modules.Correlation.Refresh;
using CnappAi.Modules.Correlation.SplitClusters;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Correlation;

internal sealed class CorrelationFacade(
    IActorAccessor actors,
    ClusterAssigner assigner,
    ControlLookup controls,
    INormalizationFacade findings,
    LoadSnapshotHandler snapshot,
    FlushObservedRulesHandler observed,
    MappingsHandler mappings,
    SplitClusterHandler split,
    ExplainMergeHandler explain) : ICorrelationFacade
{
    public string ClusterIdOf(NormalizedObservation observation)
    {
        actors.Demand(Roles.Viewer);
        return Assign(observation).ClusterId;
    }

    public ClusterAssignment Assign(NormalizedObservation observation)
    {
        actors.Demand(Roles.Viewer);
        return assigner.Assign(CorrelationInput.Of(observation), () => findings.FindingIdOf(observation));
    }

    public ControlMatch? ControlOf(string source, string? ruleId, string? title, FindingCategory? category = null)
    {
        actors.Demand(Roles.Viewer);
        return controls.ControlOf(source, ruleId, title, category);
    }

    public IReadOnlyList<ControlSuggestion> SuggestControls(string? ruleId, string title, int max = 3)
    {
        actors.Demand(Roles.Viewer);
        return ControlSuggester.Shipped.Suggest(ruleId, title, max);
    }

    public Task PrepareAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return snapshot.HandleAsync(ct);
    }

    public Task RecordObservedRulesAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return observed.HandleAsync(ct);
    }

    public Task<IReadOnlyList<UnmappedRule>> GetUnmappedRulesAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return mappings.UnmappedAsync(ct);
    }

    public Task<int> ConfirmMappingAsync(ConfirmMappingRequest request, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return mappings.ConfirmAsync(request, ct);
    }

    public Task<SplitResult> SplitAsync(SplitRequest request, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return split.HandleAsync(request, ct);
    }

    public Task<MergeExplanation?> ExplainMergeAsync(string findingOrClusterId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return explain.HandleAsync(findingOrClusterId, ct);
    }
}

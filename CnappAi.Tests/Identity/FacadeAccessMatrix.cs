using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.Identity;

/// <summary>
/// The role every facade operation needs (docs/access-control.md). A new facade method must be added here, or
/// <see cref="FacadeAccessMatrixTests"/> fails. <see cref="Anyone"/>: no role (signing in); <see cref="SignedIn"/>: any
/// signed-in dashboard user, even one without a role (changing one's own password).
/// </summary>
internal static class FacadeAccessMatrix
{
    public const string Anyone = "anyone";
    public const string SignedIn = "signed-in";

    private const string V = Roles.Viewer, An = Roles.Analyst, Ap = Roles.Approver, Ad = Roles.Admin;

    public static IReadOnlyDictionary<string, string> Required { get; } = new Dictionary<string, string>
    {
        ["IAiFacade.GetStatus"] = V,
        ["IAiFacade.ExplainFindingAsync"] = V,
        ["IAiFacade.TriageAsync"] = V,
        ["IAiFacade.ExplainRiskAsync"] = V,
        ["IAiFacade.GenerateFixAsync"] = V,
        ["IAiFacade.AskAsync"] = V,
        ["IAiFacade.DraftPolicyAsync"] = V,
        ["IAiFacade.InvestigateAsync"] = V,
        ["IAiFacade.WriteBriefingNarrativeAsync"] = An,
        ["IAiFacade.SearchAsync"] = V,
        ["IAiFacade.GetOutputAsync"] = V,
        ["IAiFacade.GetReviewQueueAsync"] = V,
        ["IAiFacade.RecordReviewAsync"] = An,
        ["IAiFacade.MarkLedToActionAsync"] = An,
        ["IAiFacade.GetAccuracyAsync"] = V,
        ["IAiFacade.GetFunctionStatesAsync"] = V,
        ["IAiFacade.ReEnableModelAsync"] = Ad,
        ["IAiFacade.SaveApiKeyAsync"] = Ad,

        ["IAssetsFacade.WarmUpAsync"] = V,
        ["IAssetsFacade.ContextOf"] = V,
        ["IAssetsFacade.TagsOf"] = V,
        ["IAssetsFacade.get_WorkloadImages"] = V,
        ["IAssetsFacade.RegisterResourcesAsync"] = An,
        ["IAssetsFacade.ImportCmdbAsync"] = An,
        ["IAssetsFacade.ImportRelationshipsAsync"] = An,
        ["IAssetsFacade.EditContextAsync"] = An,
        ["IAssetsFacade.GetAsync"] = V,
        ["IAssetsFacade.QueryAsync"] = V,
        ["IAssetsFacade.GetContextChangedSinceAsync"] = V,
        ["IAssetsFacade.GetRelationshipsAsync"] = V,
        ["IAssetsFacade.StreamRelationshipsAsync"] = V,

        ["IAttackPathsFacade.RebuildAsync"] = An,
        ["IAttackPathsFacade.GetTopPathsAsync"] = V,
        ["IAttackPathsFacade.GetStoredPathsAsync"] = V,
        ["IAttackPathsFacade.GetPathAsync"] = V,
        ["IAttackPathsFacade.GetOverviewAsync"] = V,
        ["IAttackPathsFacade.EnqueueRebuild"] = An,

        ["IAuditFacade.QueryAsync"] = V,
        ["IAuditFacade.VerifyAsync"] = V,
        ["IAuditFacade.ExportJsonLinesAsync"] = Ad,

        ["IBriefingsFacade.GenerateAsync"] = An,
        ["IBriefingsFacade.ListAsync"] = V,
        ["IBriefingsFacade.GetAsync"] = V,
        ["IBriefingsFacade.GetFileAsync"] = V,

        ["IComplianceFacade.GetFrameworks"] = V,
        ["IComplianceFacade.GetControls"] = V,
        ["IComplianceFacade.FrameworksOf"] = V,
        ["IComplianceFacade.GetPostureAsync"] = V,
        ["IComplianceFacade.WriteEvidenceAsync"] = V,
        ["IComplianceFacade.AskAsync"] = V,

        ["ICorrelationFacade.ClusterIdOf"] = V,
        ["ICorrelationFacade.Assign"] = V,
        ["ICorrelationFacade.ControlOf"] = V,
        ["ICorrelationFacade.SuggestControls"] = V,
        ["ICorrelationFacade.PrepareAsync"] = V,
        ["ICorrelationFacade.RecordObservedRulesAsync"] = An,
        ["ICorrelationFacade.GetUnmappedRulesAsync"] = V,
        ["ICorrelationFacade.ConfirmMappingAsync"] = An,
        ["ICorrelationFacade.SplitAsync"] = An,
        ["ICorrelationFacade.ExplainMergeAsync"] = V,

        ["IIacGateFacade.EvaluateAsync"] = An,
        ["IIacGateFacade.Render"] = V,

        ["IIdentityFacade.SignInAsync"] = Anyone,
        ["IIdentityFacade.SignOutAsync"] = Anyone,
        ["IIdentityFacade.ChangePasswordAsync"] = SignedIn,
        ["IIdentityFacade.ListUsersAsync"] = Ad,
        ["IIdentityFacade.CreateUserAsync"] = Ad,
        ["IIdentityFacade.SetRolesAsync"] = Ad,
        ["IIdentityFacade.SetEnabledAsync"] = Ad,
        ["IIdentityFacade.ResetPasswordAsync"] = Ad,
        ["IIdentityFacade.EnsureFirstAdminAsync"] = Ad,

        ["IIngestionFacade.get_KnownSources"] = V,
        ["IIngestionFacade.ImportAsync"] = An,
        ["IIngestionFacade.Detect"] = V,
        ["IIngestionFacade.ReadAsync"] = V,
        ["IIngestionFacade.GetConnectorsAsync"] = V,
        ["IIngestionFacade.GetConnectorAsync"] = V,
        ["IIngestionFacade.SaveConnectorAsync"] = Ad,
        ["IIngestionFacade.SetConnectorEnabledAsync"] = Ad,
        ["IIngestionFacade.TestConnectionAsync"] = Ad,
        ["IIngestionFacade.SyncAsync"] = An,
        ["IIngestionFacade.EnqueueSync"] = An,
        ["IIngestionFacade.GetSyncRunsAsync"] = V,

        ["INormalizationFacade.FindingIdOf"] = V,
        ["INormalizationFacade.StoreAsync"] = An,
        ["INormalizationFacade.QueryAsync"] = V,
        ["INormalizationFacade.ExportAsync"] = V,
        ["INormalizationFacade.WriteExportAsync"] = V,
        ["INormalizationFacade.GetAsync"] = V,
        ["INormalizationFacade.GetRawRecordAsync"] = V,
        ["INormalizationFacade.GetTotalsAsync"] = V,
        ["INormalizationFacade.StreamMembersAsync"] = V,
        ["INormalizationFacade.ApplyEnrichmentAsync"] = An,
        ["INormalizationFacade.MoveToClustersAsync"] = An,
        ["INormalizationFacade.ResolveNotSeenAsync"] = An,
        ["INormalizationFacade.SetStatusAsync"] = An,

        ["IPostureFacade.CaptureAsync"] = An,
        ["IPostureFacade.GetHistoryAsync"] = V,
        ["IPostureFacade.GetLatestDayAsync"] = V,

        ["IRemediationFacade.RequestPlanAsync"] = An,
        ["IRemediationFacade.GetPlanAsync"] = V,
        ["IRemediationFacade.GetPendingAsync"] = V,
        ["IRemediationFacade.GetPlansForFindingAsync"] = V,
        ["IRemediationFacade.ApproveAsync"] = Ap,
        ["IRemediationFacade.RejectAsync"] = Ap,
        ["IRemediationFacade.GetGovernanceAsync"] = V,
        ["IRemediationFacade.SetGovernanceAsync"] = Ad,

        ["IRiskFacade.ScoreAtImport"] = V,
        ["IRiskFacade.PrepareAsync"] = V,
        ["IRiskFacade.EnrichAtImport"] = V,
        ["IRiskFacade.ScoreAfterImportAsync"] = An,
        ["IRiskFacade.RescoreClustersAsync"] = An,
        ["IRiskFacade.RescoreResourcesAsync"] = An,
        ["IRiskFacade.RescoreAllAsync"] = An,
        ["IRiskFacade.GetBreakdownAsync"] = V,
        ["IRiskFacade.CreateExceptionAsync"] = An,
        ["IRiskFacade.RevokeExceptionAsync"] = An,
        ["IRiskFacade.GetExceptionsAsync"] = V,
        ["IRiskFacade.GetExceptionHistoryAsync"] = V,
        ["IRiskFacade.SetAttackPathMembershipAsync"] = An,
        ["IRiskFacade.GetSlaDays"] = V,
        ["IRiskFacade.GetThreatIntelStatusAsync"] = V,
        ["IRiskFacade.RefreshThreatIntelAsync"] = Ad,

        ["ISampleTenantFacade.WriteAsync"] = An,

        ["ITriageFacade.GetSavedViewsAsync"] = V,
        ["ITriageFacade.SaveViewAsync"] = V,
        ["ITriageFacade.DeleteViewAsync"] = V,
        ["ITriageFacade.AssignAsync"] = An,
        ["ITriageFacade.GetAssignmentsAsync"] = V,
    };

    /// <summary>The actors that must be refused an operation needing <paramref name="required"/>.</summary>
    public static IEnumerable<(string Name, Actor Actor)> Refused(string required)
    {
        if (required == Anyone)
        {
            yield break;
        }

        yield return ("anonymous", Actor.Anonymous);
        if (required == SignedIn)
        {
            yield break;
        }

        yield return ("user without roles", Actor.User("no-roles", "no roles", []));
        foreach (var role in Roles.All.Where(r => r != Roles.Admin && r != required && required != Roles.Viewer))
        {
            yield return (role, Actor.User($"only-{role}", role, [role]));
        }
    }

    /// <summary>The least actor that must be let through.</summary>
    public static Actor Allowed(string required) => required switch
    {
        Anyone => Actor.Anonymous,
        SignedIn => Actor.User("no-roles", "no roles", []),
        _ => Actor.User($"only-{required}", required, [required]),
    };
}

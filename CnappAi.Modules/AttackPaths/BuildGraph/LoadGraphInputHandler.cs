using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>
/// Reads what the graph is built from, through the owning modules' facades: every stored relationship (assets; from
/// relationships files and vendor records, each hop showing its origin),
/// every open, unsuppressed unified finding (normalization), and the identities that secret findings name (inferred
/// edges). Node facts come from the parsed uid and the asset inventory's warm context.
/// </summary>
internal sealed class LoadGraphInputHandler(IAssetsFacade assets, INormalizationFacade findings, TimeProvider clock)
{
    private const int MaxSecretFindingsRead = 5000;

    public async Task<GraphInput> HandleAsync(CancellationToken ct)
    {
        await assets.WarmUpAsync(ct).ConfigureAwait(false);
        var edges = new List<GraphEdge>();
        await foreach (var relationship in assets.StreamRelationshipsAsync(ct).ConfigureAwait(false))
        {
            if (RelationshipVocabulary.KindOf(relationship.Relationship) is { } kind)
            {
                edges.Add(new GraphEdge(relationship.Source, relationship.Target, kind, EdgeOrigins.Of(relationship.Origin), relationship.Detail));
            }
        }

        var now = clock.GetUtcNow();
        var open = new List<GraphFinding>();
        await foreach (var member in findings.StreamMembersAsync(new MemberFilter(), ct).ConfigureAwait(false))
        {
            if (member.Status is FindingStatus.Open or FindingStatus.InProgress && member.Enrichment.IsPrimary
                && (member.Enrichment.SuppressedUntil is null || member.Enrichment.SuppressedUntil <= now))
            {
                open.Add(new GraphFinding(member.Id, member.ClusterId, member.Resource.Uid, member.Category, member.Severity, member.Enrichment.RiskScore, member.Title));
            }
        }

        edges.AddRange(await InferFromSecretsAsync(ct).ConfigureAwait(false));
        return new GraphInput(edges, open, uid => new GraphNodeFacts(ResourceIds.Parse(uid), assets.ContextOf(uid)));
    }

    private async Task<List<GraphEdge>> InferFromSecretsAsync(CancellationToken ct)
    {
        var inferred = new List<GraphEdge>();
        var query = new FindingQuery { Categories = [FindingCategory.Secret], Statuses = [FindingStatus.Open, FindingStatus.InProgress] };
        var read = 0;
        await foreach (var secret in findings.ExportAsync(query, ct).ConfigureAwait(false))
        {
            if (read++ >= MaxSecretFindingsRead)
            {
                break;
            }

            var raw = await findings.GetRawRecordAsync(secret.Id, ct).ConfigureAwait(false);
            foreach (var identity in SecretInference.Identities(secret.Resource.Uid, secret.Title, secret.Description, raw))
            {
                inferred.Add(new GraphEdge(secret.Resource.Uid, identity, EdgeKind.HoldsCredentialsFor, EdgeOrigins.SecretFinding, $"named in secret finding {secret.Id}"));
            }
        }

        return inferred;
    }
}

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>A bearer token (or static API token) and when to stop using it.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"token expiring {ExpiresAt:O}";
}

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>A vendor answered with an error status after retries, or with an error envelope inside a 200 (GraphQL errors, Orca <c>status</c>).</summary>
internal sealed class VendorHttpException(int? status, string message) : Exception(message)
{
    public int? Status => status;
}

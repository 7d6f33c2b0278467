namespace CnappAi.Modules.IacGate.Endpoints;

/// <summary>The request body passed the configured limit while it was being read.</summary>
internal sealed class RequestTooLargeException(long limit) : Exception($"the request is larger than {limit} bytes")
{
    public long Limit => limit;
}

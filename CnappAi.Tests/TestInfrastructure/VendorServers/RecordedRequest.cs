namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>One request a loopback vendor server received, with what it answered and when (monotonic, for retry gaps).</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string Body,
    IReadOnlyDictionary<string, string> Headers,
    TimeSpan At,
    int Status)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

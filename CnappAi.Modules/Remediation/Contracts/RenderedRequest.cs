namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>
/// One HTTP request exactly as it will be sent, minus credentials (the auth header is added at send time and never
/// stored). <c>{placeholders}</c> in braces are values only the server can supply at execution (a base commit sha).
/// </summary>
public sealed record RenderedRequest(string Method, string Url, IReadOnlyDictionary<string, string> Headers, string? Body);

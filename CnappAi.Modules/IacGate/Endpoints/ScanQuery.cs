using CnappAi.Modules.IacGate.Contracts;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Modules.IacGate.Endpoints;

/// <summary>
/// The endpoint's query string: <c>repository</c>, <c>branch</c>, <c>baselineBranch</c>, <c>workspace</c>,
/// <c>failOn</c> (P1..P4), <c>format</c> (json or markdown; <c>Accept: text/markdown</c> also asks for Markdown),
/// <c>strict</c> and <c>store</c> (true/false).
/// </summary>
internal sealed record ScanQuery(GateRequest Template, GateReportFormat Format)
{
    public static ScanQuery Parse(HttpRequest request)
    {
        var query = request.Query;
        var failOn = query["failOn"].ToString().Trim().ToUpperInvariant() switch
        {
            "" or "P2" => GatePriority.P2,
            "P1" => GatePriority.P1,
            "P3" => GatePriority.P3,
            "P4" => GatePriority.P4,
            var other => throw new GateInputException($"failOn must be P1, P2, P3 or P4, not '{other}'"),
        };

        var format = query["format"].ToString().ToLowerInvariant() switch
        {
            "markdown" or "md" => GateReportFormat.Markdown,
            "json" => GateReportFormat.Json,
            "" => request.Headers.Accept.ToString().Contains("text/markdown", StringComparison.OrdinalIgnoreCase) ? GateReportFormat.Markdown : GateReportFormat.Json,
            var other => throw new GateInputException($"format must be json or markdown, not '{other}'"),
        };

        return new ScanQuery(
            new GateRequest
            {
                ScanPath = string.Empty,
                FailOn = failOn,
                Repository = Value(request, "repository"),
                Branch = Value(request, "branch"),
                BaselineBranch = Value(request, "baselineBranch"),
                Workspace = Value(request, "workspace"),
                Strict = Flag(request, "strict", false),
                Store = Flag(request, "store", true),
            },
            format);
    }

    private static string? Value(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    private static bool Flag(HttpRequest request, string name, bool fallback) =>
        Value(request, name) switch
        {
            null => fallback,
            var v when bool.TryParse(v, out var b) => b,
            var v => throw new GateInputException($"{name} must be true or false, not '{v}'"),
        };
}

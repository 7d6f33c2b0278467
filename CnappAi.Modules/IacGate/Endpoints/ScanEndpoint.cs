using CnappAi.Modules.IacGate.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.IacGate.Endpoints;

/// <summary>
/// <c>POST /api/iac/scan</c>: 503 while no token is configured, 401 without the right bearer token (checked before
/// a byte of the body is read), 413 over the size limit, 400 for a scan the gate cannot read, else 200 with the
/// report. The verdict is in the body and in the <c>X-Gate-Outcome</c> (pass/fail) and <c>X-Gate-Exit-Code</c> headers.
/// </summary>
internal static class ScanEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IIacGateFacade gate, IOptions<IacGateOptions> options, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.Token))
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The IaC gate endpoint is disabled",
                detail: "No gate token is configured; set the CNAPPAI_GATE__TOKEN environment variable on the server.");
        }

        if (!BearerToken.Matches(http.Request.Headers.Authorization, settings.Token))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid bearer token is required");
        }

        if (http.Request.ContentLength > settings.MaxRequestBytes)
        {
            return TooLarge(settings.MaxRequestBytes);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = settings.MaxRequestBytes + 1;
        }

        var directory = Path.Combine(Path.GetTempPath(), "cnappai-gate", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(directory);
        try
        {
            var query = ScanQuery.Parse(http.Request);
            var upload = await RequestSpooler.SpoolAsync(http.Request, directory, settings.MaxRequestBytes, ct).ConfigureAwait(false);
            var report = await gate.EvaluateAsync(
                query.Template with { ScanPath = upload.ScanPath, ScanName = upload.ScanName, BaselinePath = upload.BaselinePath, ExceptionsPath = upload.ExceptionsPath },
                ct).ConfigureAwait(false);
            http.Response.Headers["X-Gate-Outcome"] = report.Outcome == GateOutcome.Fail ? "fail" : "pass";
            http.Response.Headers["X-Gate-Exit-Code"] = report.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return query.Format == GateReportFormat.Markdown
                ? Results.Text(gate.Render(report, GateReportFormat.Markdown), "text/markdown; charset=utf-8")
                : Results.Text(gate.Render(report, GateReportFormat.Json), "application/json; charset=utf-8");
        }
        catch (RequestTooLargeException ex)
        {
            return TooLarge(ex.Limit);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(settings.MaxRequestBytes);
        }
        catch (GateInputException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The scan cannot be judged", detail: ex.Message);
        }
        finally
        {
            TryDelete(directory);
        }
    }

    private static IResult TooLarge(long limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large",
            detail: $"The gate reads at most {limit} bytes per request (Gate:MaxRequestBytes).");

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is removed with the temp folder later; the response must not fail for it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

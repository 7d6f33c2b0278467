using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// A vendor API double on Kestrel, bound to 127.0.0.1 on a free port. Subclasses map the vendor's routes and
/// reproduce its contract (auth, paging, error envelopes); this base records every request and serves queued
/// faults (429 with Retry-After, 500, ...) to data requests.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The next data requests fail with these, in order.</summary>
    public void Fail(params Fault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected abstract void Map(WebApplication app);

    protected async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(RecordAsync);
        Map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Call first in a data route: true (and the response written) when a queued fault applies.</summary>
    protected async Task<bool> TryFaultAsync(HttpContext context)
    {
        if (!_faults.TryDequeue(out var fault))
        {
            return false;
        }

        context.Response.StatusCode = (int)fault.Status;
        if (fault.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(fault.Body);
        return true;
    }

    protected static async Task<string> BodyOfAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        return await reader.ReadToEndAsync();
    }

    protected static Task JsonAsync(HttpContext context, string json, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.EnableBuffering();
        var body = await BodyOfAsync(context.Request);
        context.Request.Body.Position = 0;
        var at = _clock.Elapsed;
        await next(context);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty, body, headers, at, context.Response.StatusCode));
        }
    }
}

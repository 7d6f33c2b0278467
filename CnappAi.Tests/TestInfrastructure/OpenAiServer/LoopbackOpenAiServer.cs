using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CnappAi.Tests.TestInfrastructure.OpenAiServer;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on 127.0.0.1 (dynamic port), answering from a script, so tests run the
/// real Semantic Kernel connector over real HTTP. Serves the OpenAI path (<c>/v1/chat/completions</c>) and the Azure
/// OpenAI path (<c>/openai/deployments/{name}/chat/completions</c>), checks the key header like the services do, and
/// records every request. When the script runs out it answers with <see cref="Fallback"/>.
/// </summary>
internal sealed class LoopbackOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<RecordedRequest, ScriptedReply>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackOpenAiServer(WebApplication app, string? requiredKey)
    {
        _app = app;
        RequiredKey = requiredKey;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The OpenAI-style base, <c>http://127.0.0.1:port/v1</c>.</summary>
    public Uri V1 => new(BaseAddress, "v1");

    public string? RequiredKey { get; }

    public Func<RecordedRequest, ScriptedReply>? Fallback { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<LoopbackOpenAiServer> StartAsync(string? requiredKey = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackOpenAiServer(app, requiredKey);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public LoopbackOpenAiServer Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(_ => reply);
        }

        return this;
    }

    public LoopbackOpenAiServer Enqueue(Func<RecordedRequest, ScriptedReply> reply)
    {
        _script.Enqueue(reply);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Path + context.Request.QueryString, headers, body);
        _requests.Enqueue(request);

        if (RequiredKey is not null && headers.GetValueOrDefault("Authorization") != $"Bearer {RequiredKey}" && headers.GetValueOrDefault("api-key") != RequiredKey)
        {
            await WriteAsync(context, ScriptedReply.Error(401, "invalid api key"));
            return;
        }

        var reply = _script.TryDequeue(out var next) ? next(request)
            : Fallback?.Invoke(request) ?? ScriptedReply.Error(500, "the test script has no reply for this request");
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await WriteAsync(context, reply);
    }

    private static async Task WriteAsync(HttpContext context, ScriptedReply reply)
    {
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }
}

using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CnappAi.Tests.Risk.ThreatIntel;

/// <summary>
/// The two feed publishers on Kestrel (127.0.0.1, free port): CISA's KEV JSON and FIRST's gzip'd EPSS CSV, in their
/// real formats. <see cref="Mode"/> switches them to a 500 or a truncated body to test that a bad day keeps the last good copy.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    public const string KevVersion = "2099.01.01";

    private WebApplication? _app;

    public FeedMode Mode { get; set; } = FeedMode.Ok;

    public Uri KevUrl { get; private set; } = null!;

    public Uri EpssUrl { get; private set; } = null!;

    public int Requests { get; private set; }

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server._app = builder.Build();
        server._app.MapGet("/feeds/known_exploited_vulnerabilities.json", (HttpContext c) => server.ServeAsync(c, Kev(), "application/json"));
        server._app.MapGet("/epss/epss_scores-current.csv.gz", (HttpContext c) => server.ServeAsync(c, Epss(), "application/gzip"));
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        server.KevUrl = new Uri($"{address}/feeds/known_exploited_vulnerabilities.json");
        server.EpssUrl = new Uri($"{address}/epss/epss_scores-current.csv.gz");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task ServeAsync(HttpContext context, byte[] body, string type)
    {
        Requests++;
        if (Mode == FeedMode.ServerError)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        context.Response.ContentType = type;
        await context.Response.Body.WriteAsync(Mode == FeedMode.Truncated ? body.AsMemory(0, body.Length / 3) : body);
    }

    private static byte[] Kev()
    {
        var entries = Enumerable.Range(1, 600).Select(i =>
            $$"""{"cveID":"CVE-2099-{{i:0000}}","vendorProject":"Acme","product":"Widget","dateAdded":"2099-01-0{{(i % 9) + 1}}","knownRansomwareCampaignUse":"Unknown"}""");
        return Encoding.UTF8.GetBytes($$"""{"title":"CISA Catalog of Known Exploited Vulnerabilities","catalogVersion":"{{KevVersion}}","count":600,"vulnerabilities":[{{string.Join(',', entries)}}]}""");
    }

    private static byte[] Epss()
    {
        var csv = new StringBuilder("#model_version:v2099.01.01,score_date:2099-01-01T00:00:00+0000\ncve,epss,percentile\n");
        for (var i = 1; i <= 120_000; i++)
        {
            csv.Append("CVE-2099-").Append(i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).Append(",0.5,0.9\n");
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(csv.ToString()));
        }

        return output.ToArray();
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>
/// Runs the real dashboard (<c>dotnet CnappAi.Web.dll</c>) as a child process on a free loopback port with
/// its own SQLite file, as a user would start it, and stops it on dispose. Its first admin gets a known password from
/// the environment (no forced change) so tests can sign in: <see cref="CreateClientAsync"/> for HTTP, <see cref="SignInAsync"/> in a browser.
/// </summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Test-Admin-Passw0rd";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private WebHostProcess(Process process, Uri baseAddress, string directory)
    {
        _process = process;
        BaseAddress = baseAddress;
        Directory = directory;
    }

    public Uri BaseAddress { get; }

    public string Directory { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="prepareDatabase">Runs before the host starts, with the path of the host's SQLite file (e.g. to import data).</param>
    public static async Task<WebHostProcess> StartAsync(IDictionary<string, string>? environment = null, Func<string, Task>? prepareDatabase = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cnappai-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        if (prepareDatabase is not null)
        {
            await prepareDatabase(Path.Combine(directory, "cnappai.db"));
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CnappAi.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        start.Environment["ConnectionStrings__CnappAi"] = $"Data Source={Path.Combine(directory, "cnappai.db")}";
        start.Environment["Data__Directory"] = directory;
        start.Environment["SampleData__Enabled"] = "false";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Identity__FirstAdmin__UserName"] = AdminUserName;
        start.Environment["Identity__FirstAdmin__Password"] = AdminPassword;
        start.Environment["Identity__FirstAdmin__MustChangePassword"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the dashboard");
        var host = new WebHostProcess(process, new Uri($"http://127.0.0.1:{port}/"), directory);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilListeningAsync();
        return host;
    }

    /// <summary>An HTTP client holding a session cookie of <paramref name="userName"/> (the first admin by default); redirects are followed.</summary>
    public async Task<HttpClient> CreateClientAsync(string userName = AdminUserName, string password = AdminPassword)
    {
        var client = CreateAnonymousClient();
        using var response = await SignInAsync(client, userName, password);
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>A client with a cookie jar and no session; <paramref name="followRedirects"/> off to see 302s.</summary>
    public HttpClient CreateAnonymousClient(bool followRedirects = true) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = BaseAddress };

    /// <summary>Posts the sign-in form (with the antiforgery token of a freshly loaded sign-in page).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/signin");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["username"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
        });
        return await client.PostAsync("/account/signin", form);
    }

    /// <summary>The hidden antiforgery field of the form on <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"no antiforgery token on {path}");
    }

    /// <summary>Signs <paramref name="page"/> in through the sign-in form, as a person would.</summary>
    public async Task SignInAsync(Microsoft.Playwright.IPage page, string userName = AdminUserName, string password = AdminPassword)
    {
        await page.GotoAsync(new Uri(BaseAddress, "signin").ToString());
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=signin-submit]");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit, Timeout = 90_000 });
        }
        catch (Microsoft.Playwright.PlaywrightException ex)
        {
            throw new InvalidOperationException($"sign-in as {userName} did not leave {page.Url}: {await page.InnerTextAsync("body")}\n--- host log ---\n{Log}", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the dashboard exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await client.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // still starting
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the dashboard did not answer within 90 s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

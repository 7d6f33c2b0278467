using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>
/// Runs the real dashboard (<c>dotnet CnappAi.Web.dll</c>) as a child process on a free loopback port with
/// its own SQLite file, as a user would start it, and stops it on dispose.
/// </summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
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

using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Briefings.Delivery;

/// <summary>
/// Prints the HTML export to PDF with headless Chromium run as a process with a timeout. Without Chromium there is no
/// PDF, and the briefing says so.
/// </summary>
internal sealed class PdfPrinter(IOptions<BriefingsOptions> options, ILogger<PdfPrinter> logger)
{
    public const string Created = "created";

    public string? FindChromium()
    {
        if (options.Value.ChromiumPath is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Returns <see cref="Created"/> or why no PDF was made.</summary>
    public async Task<string> PrintAsync(string htmlPath, string pdfPath, CancellationToken ct)
    {
        if (FindChromium() is not { } chromium)
        {
            return "not available: Chromium was not found (install 'chromium' or set Briefings:ChromiumPath)";
        }

        var profile = Directory.CreateTempSubdirectory("cnappai-pdf-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profile.FullName}", $"--print-to-pdf={pdfPath}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var drainOut = process.StandardOutput.ReadToEndAsync(ct);
            var drainErr = process.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.PdfTimeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return $"not available: Chromium did not finish within {options.Value.PdfTimeoutSeconds} s";
            }

            await Task.WhenAll(drainOut, drainErr).ConfigureAwait(false);
            return process.ExitCode == 0 && File.Exists(pdfPath) && new FileInfo(pdfPath).Length > 0
                ? Created
                : $"not available: Chromium exited with code {process.ExitCode}";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Printing the briefing to PDF failed");
            return "not available: " + ex.Message;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; a leftover temp profile is harmless.
            }
        }
    }
}

using System.Diagnostics;

namespace CnappAi.Web.Cli.Bench;

/// <summary>
/// The process's peak resident set. On Linux the kernel's high-water mark (<c>VmHWM</c>) can be reset, so the import's
/// peak is measured without the sample generator's; elsewhere it is the process's peak working set.
/// </summary>
internal static class PeakMemory
{
    private const string Status = "/proc/self/status";

    public static void Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux, or not allowed: the peak then covers the whole process.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static double PeakMb()
    {
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Trim().Split(' ')[0], out var kb))
            {
                return Math.Round(kb / 1024.0, 1);
            }
        }

        using var process = Process.GetCurrentProcess();
        return Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1);
    }
}

using Hangfire.Logging;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// Hangfire keeps one process-wide log provider, and each host's <c>AddHangfire</c> points it at that host's logger
/// factory. Test hosts come and go in parallel, so a disposed factory would break Hangfire in the next test; this
/// provider never goes away.
/// </summary>
internal sealed class QuietHangfireLogs : ILogProvider
{
    public static readonly QuietHangfireLogs Instance = new();

    public ILog GetLogger(string name) => Quiet.Instance;

    private sealed class Quiet : ILog
    {
        public static readonly Quiet Instance = new();

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

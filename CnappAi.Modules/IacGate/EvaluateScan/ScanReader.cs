using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// Reads a scan through the ingestion module's parsers (detection by content, never by name). Only SARIF and
/// Checkov JSON are IaC scans for the gate; a file that yields nothing but errors is malformed and refused.
/// </summary>
internal sealed class ScanReader(IIngestionFacade ingestion)
{
    private static readonly string[] Sources = ["sarif", "checkov"];

    public async Task<ScanContents> ReadAsync(string path, string what, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new GateInputException($"{what}: no such file");
        }

        var info = ingestion.Detect(path);
        if (info.Error is not null)
        {
            throw new GateInputException($"{what} is not a readable SARIF or Checkov report: {info.Error}");
        }

        if (!Sources.Contains(info.Source, StringComparer.Ordinal))
        {
            throw new GateInputException(
                $"{what} is a {info.Source} report ({info.Format}), not an IaC scan: the gate reads SARIF 2.1.0 (Checkov, tfsec, Trivy, KICS, ...) "
                + "and Checkov JSON. Ask the scanner for SARIF output (for example trivy config --format sarif).");
        }

        var checks = new List<ScannedCheck>();
        var rejected = new List<GateReadError>();
        await foreach (var record in ingestion.ReadAsync(path, info.Source, ct).ConfigureAwait(false))
        {
            if (record.Observation is not { } observation)
            {
                rejected.Add(new GateReadError(record.Location, record.Error ?? "unreadable record"));
            }
            else if (observation.Status is not FindingStatus.Resolved)
            {
                checks.Add(RawRecordLocator.Locate(observation));
            }
        }

        if (checks.Count == 0 && rejected.Count > 0)
        {
            var first = rejected[0];
            throw new GateInputException($"{what} is a malformed {Describe(info.Format)}: at {first.Location}: {first.Message}");
        }

        return new ScanContents(info.Source!, info.Format!, checks, rejected);
    }

    private static string Describe(string? format) => format switch
    {
        "sarif" => "SARIF log",
        "checkov-json" => "Checkov report",
        _ => "report",
    };
}

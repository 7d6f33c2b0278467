namespace CnappAi.Modules.IacGate.Endpoints;

/// <summary>The uploaded files, written to a private temporary folder that is deleted after the request.</summary>
internal sealed record SpooledScan(string ScanPath, string ScanName, string? BaselinePath, string? ExceptionsPath);

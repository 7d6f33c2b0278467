namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Export formats of the findings list.</summary>
public enum ExportFormat
{
    /// <summary>One normalized finding per line, as JSON.</summary>
    Jsonl = 0,

    /// <summary>RFC 4180 CSV with spreadsheet formula injection neutralised.</summary>
    Csv = 1,

    /// <summary>One OCSF 1.1 Detection Finding (class 2004) per line.</summary>
    Ocsf = 2,
}

namespace CnappAi.Modules.Posture.Data;

internal sealed class PostureSnapshotRow
{
    public DateOnly Day { get; set; }

    public string Dimension { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public int Total { get; set; }

    public int Open { get; set; }

    public int CriticalHigh { get; set; }

    public int Resolved { get; set; }

    public int Suppressed { get; set; }

    public string Origin { get; set; } = string.Empty;
}

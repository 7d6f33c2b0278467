using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>Per-file counters of one import.</summary>
internal sealed class FileTally(string path, string? source, string? format)
{
    public int Observations { get; set; }

    public int Rejected { get; set; }

    public ImportFileSummary ToSummary() => new(path, source, format, Observations, Rejected);
}

/// <summary>Counts one import as it runs and buffers its quarantine rows until they are written.</summary>
internal sealed class ImportTally(Guid runId)
{
    /// <summary>The printed summary lists this many errors; all of them are in the quarantine table.</summary>
    public const int MaxErrorsListed = 1000;

    private readonly List<FileTally> _files = [];
    private readonly List<ImportError> _errors = [];
    private readonly List<QuarantinedRecord> _quarantine = [];
    private readonly HashSet<string> _findingIds = new(StringComparer.Ordinal);
    private int _new;
    private int _updated;
    private int _unchanged;
    private int _rejected;

    public Guid RunId => runId;

    public int PendingQuarantine => _quarantine.Count;

    public FileTally BeginFile(string path, string? source, string? format)
    {
        var file = new FileTally(path, source, format);
        _files.Add(file);
        return file;
    }

    public void FileError(string path, string message) =>
        Reject(BeginFile(path, null, null), path, "file", message, null);

    public void Reject(FileTally file, string path, string location, string reason, string? raw)
    {
        file.Rejected++;
        _rejected++;
        if (_errors.Count < MaxErrorsListed)
        {
            _errors.Add(new ImportError(path, location, reason));
        }

        _quarantine.Add(new QuarantinedRecord { RunId = runId, File = path, Location = location, Reason = reason, Raw = raw });
    }

    public void Stored(StoreResult result)
    {
        _new += result.New;
        _updated += result.Updated;
        _unchanged += result.Unchanged;
        _findingIds.UnionWith(result.FindingIds);
    }

    public IReadOnlyList<QuarantinedRecord> TakeQuarantine()
    {
        var taken = _quarantine.ToList();
        _quarantine.Clear();
        return taken;
    }

    public ImportSummary ToSummary(int fileCount)
    {
        var errors = _errors.ToList();
        if (_rejected > errors.Count)
        {
            errors.Add(new ImportError("(more)", "-", $"{_rejected - errors.Count} further rejections are in the quarantine of run {runId}"));
        }

        return new ImportSummary(
            runId,
            fileCount,
            _files.Sum(f => f.Observations),
            _findingIds.Count,
            _new,
            _updated,
            _unchanged,
            _rejected,
            errors,
            [.. _files.Select(f => f.ToSummary())]);
    }
}

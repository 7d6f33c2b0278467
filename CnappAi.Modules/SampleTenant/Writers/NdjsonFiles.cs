using System.Globalization;
using System.Text.Json;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>Newline-delimited JSON split into files of at most <c>linesPerFile</c> lines, one record per line.</summary>
internal sealed class NdjsonFiles(string directory, string prefix, int linesPerFile, int total) : IRecordFiles
{
    private FileStream? _file;
    private Utf8JsonWriter? _writer;
    private int _lines;
    private int _written;

    public List<string> Files { get; } = [];

    public long Bytes { get; private set; }

    public Utf8JsonWriter Next()
    {
        if (_written >= total)
        {
            throw new InvalidOperationException($"{prefix}: more lines than the {total} counted");
        }

        if (_file is null || _lines == linesPerFile)
        {
            CloseFile();
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"{prefix}-{(Files.Count + 1).ToString("D4", CultureInfo.InvariantCulture)}.ndjson");
            Files.Add(path);
            _file = JsonWriters.Create(path);
            _writer = JsonWriters.For(_file);
            _lines = 0;
        }

        _writer!.Reset(_file);
        _lines++;
        _written++;
        return _writer;
    }

    public void Wrote()
    {
        _writer!.Flush();
        _file!.WriteByte((byte)'\n');
    }

    public void Complete()
    {
        if (_written != total)
        {
            throw new InvalidOperationException($"{prefix}: wrote {_written} lines but counted {total}");
        }

        CloseFile();
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
    }

    private void CloseFile()
    {
        if (_file is null)
        {
            return;
        }

        _writer!.Flush();
        Bytes += _file.Length;
        _writer.Dispose();
        _file.Dispose();
        _writer = null;
        _file = null;
    }
}

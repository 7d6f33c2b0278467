using System.Globalization;
using System.Text.Json;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>
/// Writes one result set as page files of at most <c>pageSize</c> records, each wrapped in the vendor's envelope.
/// The total is known up front (a counting pass runs first), so every page can state it and link to the next.
/// One file is open at a time; records are flushed as they go, so memory does not grow with the total.
/// </summary>
internal sealed class JsonPages(string directory, string stream, string prefix, int pageSize, int total, PageEnvelope envelope) : IRecordFiles
{
    private readonly int _pages = Math.Max(1, (total + pageSize - 1) / pageSize);
    private FileStream? _file;
    private Utf8JsonWriter? _writer;
    private Page? _page;
    private int _rowsInPage;
    private int _written;

    public List<string> Files { get; } = [];

    public long Bytes { get; private set; }

    /// <summary>The writer, positioned where the next record (an array element) goes.</summary>
    public Utf8JsonWriter Next()
    {
        if (_written >= total)
        {
            throw new InvalidOperationException($"{stream}: more records than the {total} counted");
        }

        if (_page is null || _rowsInPage == _page.Rows)
        {
            ClosePage();
            OpenPage(_page is null ? 1 : _page.Number + 1);
        }

        _rowsInPage++;
        _written++;
        return _writer!;
    }

    /// <summary>Call after each record so buffered output reaches the file.</summary>
    public void Wrote() => JsonWriters.FlushIfFull(_writer!);

    public void Complete()
    {
        if (_written != total)
        {
            throw new InvalidOperationException($"{stream}: wrote {_written} records but counted {total}");
        }

        ClosePage();
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
    }

    private void OpenPage(int number)
    {
        Directory.CreateDirectory(directory);
        var width = Math.Max(4, _pages.ToString(CultureInfo.InvariantCulture).Length);
        var path = Path.Combine(directory, $"{prefix}-{number.ToString(new string('0', width), CultureInfo.InvariantCulture)}.json");
        Files.Add(path);
        _file = JsonWriters.Create(path);
        _writer = JsonWriters.For(_file);
        _page = new Page(stream, number, _pages, Math.Min(pageSize, total - ((number - 1) * pageSize)), total);
        _rowsInPage = 0;
        envelope.Open(_writer, _page);
    }

    private void ClosePage()
    {
        if (_writer is null || _page is null)
        {
            return;
        }

        envelope.Close(_writer, _page);
        _writer.Flush();
        Bytes += _file!.Length;
        _writer.Dispose();
        _file.Dispose();
        _writer = null;
        _file = null;
    }
}

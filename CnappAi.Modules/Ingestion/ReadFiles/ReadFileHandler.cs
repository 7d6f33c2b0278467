using System.Runtime.CompilerServices;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.ReadFiles;

/// <summary>Detects and parses one file for a caller that wants the records, not the store (the IaC gate, connectors' checks).</summary>
internal sealed class ReadFileHandler(FormatDetector detector)
{
    public ParsedFileInfo Detect(string path, string? source)
    {
        if (!File.Exists(path))
        {
            return new ParsedFileInfo(path, null, null, "no such file");
        }

        var detection = detector.Detect(FileSniffer.Sniff(path), source);
        return new ParsedFileInfo(path, detection.Parser?.Source, detection.Parser?.Format, detection.Error);
    }

    public async IAsyncEnumerable<ParsedRecord> ReadAsync(string path, string? source, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            yield return new ParsedRecord(null, "file", "no such file");
            yield break;
        }

        var sniff = FileSniffer.Sniff(path);
        var detection = detector.Detect(sniff, source);
        if (detection.Parser is not { } parser)
        {
            yield return new ParsedRecord(null, "file", detection.Error);
            yield break;
        }

        await foreach (var result in parser.ParseAsync(new ParseInput(path, sniff, () => InputDecoding.OpenUtf8(path)), ct).ConfigureAwait(false))
        {
            yield return new ParsedRecord(result.Observation, result.Location, result.Error);
        }
    }
}

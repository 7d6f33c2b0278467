using System.Runtime.CompilerServices;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Base for CSV exports: one row, one observation (or none); rows are streamed.</summary>
internal abstract class CsvRecordParser : IFormatParser
{
    public abstract string Source { get; }

    public abstract string Format { get; }

    public abstract int Detect(FileSniff sniff);

    protected abstract IEnumerable<NormalizedObservation> Map(CsvRow row);

    public async IAsyncEnumerable<ParseResult> ParseAsync(ParseInput input, [EnumeratorCancellation] CancellationToken ct)
    {
        var stream = input.Open();
        await foreach (var read in CsvRowReader.ReadAsync(stream, input.Sniff.CsvDelimiter, ct).ConfigureAwait(false))
        {
            if (read.Row is null)
            {
                yield return ParseResult.Reject(read.Location, read.Error ?? "unreadable row", read.Raw);
                continue;
            }

            foreach (var result in RecordMapping.Run(read.Location, read.Row.Raw, () => Map(read.Row)))
            {
                yield return result;
            }
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>
/// Base for report formats read as one document (SARIF, Trivy, Checkov, scanner reports): records nest
/// inside context (the image, the run, the rule table), so the mapper sees the whole root and yields a
/// result per record with its own JSON pointer. Use <see cref="RecordMapping.Run(string, JsonElement, Func{IEnumerable{Normalization.Contracts.NormalizedObservation}})"/>
/// per record so a bad one is rejected alone.
/// </summary>
internal abstract class JsonDocumentParser : IFormatParser
{
    public abstract string Source { get; }

    public abstract string Format { get; }

    public abstract int Detect(FileSniff sniff);

    protected abstract IEnumerable<ParseResult> Map(JsonElement root);

    public async IAsyncEnumerable<ParseResult> ParseAsync(ParseInput input, [EnumeratorCancellation] CancellationToken ct)
    {
        JsonElement root = default;
        MalformedInputException? malformed = null;
        await using (var stream = input.Open())
        {
            try
            {
                root = await JsonDocumentLoader.LoadAsync(stream, ct).ConfigureAwait(false);
            }
            catch (MalformedInputException ex)
            {
                malformed = ex;
            }
        }

        if (malformed is not null)
        {
            yield return ParseResult.Reject(malformed.Location, malformed.Message, null);
            yield break;
        }

        foreach (var result in Map(root))
        {
            yield return result;
        }
    }
}

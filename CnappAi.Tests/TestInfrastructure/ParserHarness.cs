using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>Runs the real detector and parser over a file, as an import does, and collects what comes out.</summary>
internal static class ParserHarness
{
    public static async Task<ParsedFile> ParseAsync(string path, string? source = null)
    {
        var sniff = FileSniffer.Sniff(path);
        var detection = new FormatDetector().Detect(sniff, source);
        if (detection.Parser is null)
        {
            return new ParsedFile(null, [], [ParseResult.Reject("file", detection.Error!, null)]);
        }

        var results = new List<ParseResult>();
        await foreach (var result in detection.Parser.ParseAsync(new ParseInput(path, sniff, () => InputDecoding.OpenUtf8(path)), CancellationToken.None))
        {
            results.Add(result);
        }

        return new ParsedFile(
            detection.Parser.Format,
            [.. results.Where(r => !r.IsRejected).Select(r => r.Observation!)],
            [.. results.Where(r => r.IsRejected)]);
    }

    public static Task<ParsedFile> ParseFixtureAsync(string relativePath, string? source = null) =>
        ParseAsync(FixtureFiles.Get(relativePath), source);

    /// <summary>Parses hand-written content through a throwaway file, exactly as a file on disk is parsed.</summary>
    public static async Task<ParsedFile> ParseTextAsync(string content, string extension = ".json", string? source = null)
    {
        using var files = new TempFiles();
        return await ParseAsync(files.Write("input" + extension, content), source);
    }
}

internal sealed record ParsedFile(string? Format, IReadOnlyList<NormalizedObservation> Observations, IReadOnlyList<ParseResult> Rejections)
{
    /// <summary>Distinct findings once exact repeats of a source id collapse, as the store does.</summary>
    public int DistinctFindings => Observations.Select(o => (o.Source, o.SourceFindingId)).Distinct().Count();
}

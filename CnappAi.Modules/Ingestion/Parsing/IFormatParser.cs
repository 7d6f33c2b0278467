namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>
/// Reads one vendor export format. <see cref="Detect"/> looks at content only (never the file name) and
/// returns 0 when the file is not this format, higher numbers for more specific matches.
/// </summary>
internal interface IFormatParser
{
    /// <summary>Source name users pass to <c>--source</c>, e.g. <c>wiz</c>, <c>prisma</c>, <c>aws-securityhub</c>.</summary>
    string Source { get; }

    /// <summary>Format id, e.g. <c>wiz-graphql-issue</c>, <c>asff</c>, <c>prowler-csv</c>.</summary>
    string Format { get; }

    int Detect(FileSniff sniff);

    IAsyncEnumerable<ParseResult> ParseAsync(ParseInput input, CancellationToken ct);
}

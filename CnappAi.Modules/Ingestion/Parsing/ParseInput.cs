namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>A file to parse: <see cref="Open"/> gives a fresh UTF-8 stream (BOM removed, UTF-16 transcoded).</summary>
internal sealed record ParseInput(string Path, FileSniff Sniff, Func<Stream> Open);

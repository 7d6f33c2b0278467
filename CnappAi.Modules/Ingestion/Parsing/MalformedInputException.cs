namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>The file itself cannot be read past <see cref="Location"/> (truncated JSON, bad encoding...).</summary>
internal sealed class MalformedInputException(string location, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Location { get; } = location;
}

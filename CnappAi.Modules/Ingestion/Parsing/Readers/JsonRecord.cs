using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing.Readers;

/// <summary>One record read from a JSON file, with its JSON pointer (or <c>line N</c> for NDJSON).</summary>
internal readonly record struct JsonRecord(string Pointer, JsonElement Element);

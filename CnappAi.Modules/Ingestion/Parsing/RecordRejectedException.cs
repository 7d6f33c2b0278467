namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Thrown by a mapper when a record lacks what the unified model needs (an id, a title...).</summary>
internal sealed class RecordRejectedException(string reason) : Exception(reason);

using System.Collections.Concurrent;
using CnappAi.Modules.Ai.Contracts;

namespace CnappAi.Modules.Ai.Plugins;

/// <summary>Every record the lookups returned during one exchange; an answer may cite only these.</summary>
internal sealed class CitationLedger
{
    private readonly ConcurrentDictionary<(string Kind, string Id), CitedRecord> _seen = new();

    public void Saw(CitedRecord record) => _seen.TryAdd((record.Kind, record.Id), record);

    public bool Contains(string kind, string id) => _seen.ContainsKey((kind, id));

    public CitedRecord? Find(string kind, string id) => _seen.TryGetValue((kind, id), out var record) ? record : null;
}

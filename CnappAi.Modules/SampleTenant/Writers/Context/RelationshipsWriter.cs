using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers.Context;

/// <summary>
/// <c>context/relationships.json</c>: the edges of the attack-path graph (who runs what, who can read what, what the
/// internet reaches, which credentials sit where), as a graph tool exports them. Format in docs/context-files.md.
/// </summary>
internal sealed class RelationshipsWriter : IDisposable
{
    public const string Schema = "cnappai-relationships/1";

    private readonly FileStream _file;
    private readonly Utf8JsonWriter _writer;

    public RelationshipsWriter(string root, SampleClock clock)
    {
        Directory.CreateDirectory(System.IO.Path.Combine(root, "context"));
        Path = System.IO.Path.Combine(root, "context", "relationships.json");
        _file = JsonWriters.Create(Path);
        _writer = JsonWriters.For(_file);
        _writer.WriteStartObject();
        _writer.WriteString("schema", Schema);
        _writer.WriteString("exportedBy", $"{Organisation.Name} security graph");
        _writer.WriteString("generatedAt", Timestamps.Millis(clock.CollectedAt));
        _writer.WriteStartArray("edges");
    }

    public string Path { get; }

    public long Bytes { get; private set; }

    public int Count { get; private set; }

    public void Write(Edge edge)
    {
        _writer.WriteStartObject();
        _writer.WriteString("source", edge.Source);
        _writer.WriteString("target", edge.Target);
        _writer.WriteString("relationship", edge.Relationship);
        if (edge.Detail is not null)
        {
            _writer.WriteString("detail", edge.Detail);
        }

        _writer.WriteEndObject();
        Count++;
        JsonWriters.FlushIfFull(_writer);
    }

    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteNumber("edgeCount", Count);
        _writer.WriteEndObject();
        _writer.Flush();
        Bytes = _file.Length;
        Dispose();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}

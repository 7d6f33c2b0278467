using System.Text.Json;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>Where a stream's records go: page files with an envelope, or NDJSON files.</summary>
internal interface IRecordFiles : IDisposable
{
    List<string> Files { get; }

    long Bytes { get; }

    /// <summary>The writer, ready for one record.</summary>
    Utf8JsonWriter Next();

    /// <summary>Marks the record finished.</summary>
    void Wrote();

    /// <summary>Closes the last file; the record count must match the count announced.</summary>
    void Complete();
}

using System.Text.Json;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>One vendor result set: writes each sighting routed to it as a record in that vendor's shape.</summary>
internal abstract class RecordStream(IRecordFiles files) : IDisposable
{
    public IRecordFiles Output => files;

    public void Write(Problem problem, Sighting sighting)
    {
        var writer = files.Next();
        Record(writer, problem, sighting);
        files.Wrote();
    }

    public void Dispose() => files.Dispose();

    protected abstract void Record(Utf8JsonWriter w, Problem problem, Sighting sighting);
}

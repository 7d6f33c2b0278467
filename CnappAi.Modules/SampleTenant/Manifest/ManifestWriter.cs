using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using CnappAi.Modules.SampleTenant.Scenario;
using CnappAi.Modules.SampleTenant.Writers;

namespace CnappAi.Modules.SampleTenant.Manifest;

/// <summary>
/// <c>manifest.ndjson</c>, the ground truth beside the payloads: a header with the counts an import must report, then
/// one line per account, resource (canonical uid, vendor ids, crown-jewel flag), problem (which observations, by
/// source and source finding id, describe it) and the true attack path. Schema in docs/sample-tenant.md.
/// </summary>
internal sealed class ManifestWriter : IDisposable
{
    public const string Schema = "cnappai-sample-manifest/1";
    public const string FileName = "manifest.ndjson";

    private readonly FileStream _file;
    private readonly Utf8JsonWriter _writer;

    public ManifestWriter(string root, ManifestHeader header)
    {
        Path = System.IO.Path.Combine(root, FileName);
        _file = JsonWriters.Create(Path);
        _writer = JsonWriters.For(_file);
        Line(w => header.Write(w));
        foreach (var account in header.Org.Accounts)
        {
            Line(w => ManifestLines.Account(w, account));
        }
    }

    public string Path { get; }

    public long Bytes { get; private set; }

    public void Resource(Asset asset) => Line(w => ManifestLines.Resource(w, asset));

    public void Problem(Problem problem) => Line(w => ManifestLines.Problem(w, problem));

    public void AttackPath(AttackPath path) => Line(w => ManifestLines.Path(w, path));

    public void Complete()
    {
        _writer.Flush();
        Bytes = _file.Length;
        Dispose();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    private void Line(Action<Utf8JsonWriter> write)
    {
        _writer.Reset(_file);
        write(_writer);
        _writer.Flush();
        _file.WriteByte((byte)'\n');
    }
}

using System.Text.Json;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Manifest;

/// <summary>The manifest's first line: how the tenant was made and the totals an import of it must reproduce.</summary>
internal sealed record ManifestHeader(
    Organisation Org,
    int Seed,
    int Assets,
    SampleClock Clock,
    int Observations,
    int Findings,
    int Problems,
    int Edges,
    int CrownJewels,
    IReadOnlyList<SampleSourceSummary> Sources)
{
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("manifest", "header");
        w.WriteString("schema", ManifestWriter.Schema);
        w.WriteString("generator", "cnappai sample");
        w.WriteNumber("seed", Seed);
        w.WriteNumber("assets", Assets);
        w.WriteString("asOf", Timestamps.Date(Clock.AsOf));
        w.WriteString("collectedAt", Timestamps.Millis(Clock.CollectedAt));
        w.WriteString("organisation", Organisation.Name);
        w.WriteStartObject("counts");
        w.WriteNumber("files", Sources.Sum(s => s.Files));
        w.WriteNumber("observations", Observations);
        w.WriteNumber("findings", Findings);
        w.WriteNumber("problems", Problems);
        w.WriteNumber("assets", Assets);
        w.WriteNumber("accounts", Org.Accounts.Count());
        w.WriteNumber("edges", Edges);
        w.WriteNumber("crownJewels", CrownJewels);
        w.WriteEndObject();
        w.WriteStartArray("sources");
        foreach (var source in Sources)
        {
            w.WriteStartObject();
            w.WriteString("source", source.Source);
            w.WriteNumber("files", source.Files);
            w.WriteNumber("observations", source.Observations);
            w.WriteNumber("findings", source.Findings);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}

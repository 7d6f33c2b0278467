using System.Text.Json;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>The response shape around a page's records: what comes before the record array and what closes it.</summary>
internal sealed record PageEnvelope(Action<Utf8JsonWriter, Page> Open, Action<Utf8JsonWriter, Page> Close);

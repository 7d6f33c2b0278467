using CnappAi.Modules.SampleTenant.Contracts;

namespace CnappAi.Modules.SampleTenant;

/// <summary>Writes deterministic sample tenants in the vendors' own export formats, with a ground-truth manifest.</summary>
public interface ISampleTenantFacade
{
    /// <summary>
    /// Writes a multi-cloud tenant into <see cref="SampleRequest.OutputDirectory"/>: one folder per source in that
    /// source's API format, <c>context/</c> (asset CSV and relationships) and <c>manifest.ndjson</c>. Streams to disk;
    /// memory does not grow with <see cref="SampleRequest.Assets"/>. Throws <see cref="FluentValidation.ValidationException"/>
    /// for a bad request and <see cref="IOException"/> when the folder holds something other than a sample tenant.
    /// </summary>
    Task<SampleSummary> WriteAsync(SampleRequest request, CancellationToken ct);
}

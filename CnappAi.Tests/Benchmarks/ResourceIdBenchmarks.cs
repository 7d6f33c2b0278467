using BenchmarkDotNet.Attributes;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Benchmarks;

/// <summary>Canonicalization of the resource id shapes every parser hands over: an ARN, an Azure id, a GCP full name.</summary>
[MemoryDiagnoser]
public class ResourceIdBenchmarks
{
    [Params(
        "arn:aws:ec2:us-east-1:123456789012:instance/i-0abcd1234efgh5678",
        "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/RG-Prod/providers/Microsoft.Storage/storageAccounts/stprod01",
        "//compute.googleapis.com/projects/acme-prod/zones/us-central1-a/instances/web-1")]
    public string Id { get; set; } = string.Empty;

    [Benchmark]
    public CanonicalResource? Parse() => ResourceIds.Parse(Id);
}

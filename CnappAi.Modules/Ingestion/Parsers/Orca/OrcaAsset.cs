namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>What an Orca record says about the asset an alert is on, in the same terms across its API shapes.</summary>
/// <param name="Provider"><c>cloud_provider</c> (aws, azure, gcp...).</param>
/// <param name="Account"><c>cloud_vendor_id</c>: the AWS account, Azure subscription or GCP project.</param>
/// <param name="VendorId"><c>asset_vendor_id</c>: the cloud's short id (instance id, bucket name) or its full id.</param>
/// <param name="UniqueId"><c>asset_unique_id</c>: Orca's own asset key, <c>{type}_{account}_{id}</c>.</param>
/// <param name="Arn">An ARN or other full id Orca copied from the cloud (<c>model.data.*.Arn</c>), when present.</param>
internal sealed record OrcaAsset(
    string? Provider,
    string? Account,
    string? Region,
    string? Type,
    string? VendorId,
    string? Name,
    string? UniqueId,
    string? Arn = null);

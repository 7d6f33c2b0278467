using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>
/// A control every tool checks under its own rule names ("S3 bucket public", "AWS S3 buckets are accessible
/// to public", "Storage account allows public blob access"): the key on which misconfigurations merge, fixes
/// are catalogued and compliance frameworks are mapped.
/// </summary>
/// <param name="Id">Stable dotted id, e.g. <c>storage.public-access</c>; never renamed once shipped.</param>
/// <param name="Title">What the control requires, phrased as the secure state.</param>
/// <param name="Domain">Area: storage, network, identity, compute, database, logging, encryption, kubernetes, container, secrets, vulnerability.</param>
/// <param name="Category">The finding category a failure of this control belongs to.</param>
/// <param name="ResourceClasses">Resource classes the control applies to.</param>
public sealed record SharedControl(
    string Id,
    string Title,
    string Domain,
    FindingCategory Category,
    IReadOnlyList<ResourceClass> ResourceClasses);

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>
/// The kinds of relationship fact a vendor record may carry, each found first by a cheap substring test on the raw
/// record, so that a resource's records are parsed for a kind only until one of them has been read for it.
/// </summary>
[Flags]
internal enum RelationKinds
{
    None = 0,
    Exposure = 1,
    Cluster = 2,
    Image = 4,
    Identity = 8,
    All = Exposure | Cluster | Image | Identity,
}

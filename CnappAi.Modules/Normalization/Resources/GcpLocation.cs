namespace CnappAi.Modules.Normalization.Resources;

/// <summary>Where the location sits in a GCP full resource name.</summary>
internal enum GcpLocation
{
    /// <summary>No location segment (global resources, buckets, projects).</summary>
    None,

    /// <summary>The name needs a location: <c>zones/{zone}</c>, <c>regions/{region}</c> or <c>locations/{location}</c>.</summary>
    Required,
}

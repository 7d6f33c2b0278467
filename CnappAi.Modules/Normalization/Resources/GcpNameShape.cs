namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// A GCP full resource name template: <c>{project}</c>, <c>{location}</c> and <c>{name}</c> are filled in.
/// </summary>
internal sealed record GcpNameShape(string Template, GcpLocation Location)
{
    public bool NeedsProject => Template.Contains("{project}", StringComparison.Ordinal);

    /// <summary>The <c>//{service}.googleapis.com</c> part, to complete relative names such as <c>projects/p/...</c>.</summary>
    public string Host => Template[..Template.IndexOf('/', 2)];
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>Rebuilds a GCP full resource name from project, location, type hint and name.</summary>
internal static class GcpNameBuilder
{
    private const string ServiceAccountDomain = ".iam.gserviceaccount.com";

    public static CanonicalResource? Build(string? project, string? location, string? typeHint, string? name)
    {
        var resourceName = VendorText.Clean(name);
        if (resourceName is not null && (resourceName.StartsWith("//", StringComparison.Ordinal)
            || resourceName.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || resourceName.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            return GcpOnly(ResourceIdParser.Parse(resourceName));
        }

        var shape = GcpNameShapes.FromHint(GcpNameShapes.Key(typeHint));
        var projectId = VendorText.Clean(project);
        var locationName = VendorText.Clean(location);
        if (shape is null)
        {
            return null;
        }

        if (shape.Template.Contains("/projects/{name}", StringComparison.Ordinal))
        {
            resourceName ??= projectId;
        }

        if (resourceName is null)
        {
            return null;
        }

        if (resourceName.StartsWith("projects/", StringComparison.Ordinal))
        {
            // A relative name (what per-service APIs and SCC often give) only lacks the service host.
            return GcpOnly(ResourceIdParser.Parse($"{shape.Host}/{resourceName}"));
        }

        if (shape.Template.Contains("/serviceAccounts/", StringComparison.Ordinal))
        {
            (projectId, resourceName) = ServiceAccount(projectId, resourceName);
        }

        if ((shape.NeedsProject && projectId is null) || (shape.Location == GcpLocation.Required && locationName is null))
        {
            return null;
        }

        var fullName = shape.Template
            .Replace("{project}", projectId, StringComparison.Ordinal)
            .Replace("{location}", locationName, StringComparison.Ordinal)
            .Replace("{name}", resourceName, StringComparison.Ordinal);
        return GcpOnly(ResourceIdParser.Parse(fullName));
    }

    /// <summary>
    /// Service accounts are named by email; the project is in the email's domain
    /// (<c>sa@acme-prod.iam.gserviceaccount.com</c>), so either one completes the other.
    /// </summary>
    private static (string? Project, string Name) ServiceAccount(string? project, string name)
    {
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return (project, project is null ? name : $"{name}@{project}{ServiceAccountDomain}");
        }

        var domain = name[(at + 1)..];
        var fromEmail = domain.EndsWith(ServiceAccountDomain, StringComparison.OrdinalIgnoreCase)
            ? domain[..^ServiceAccountDomain.Length]
            : null;
        return (project ?? fromEmail, name);
    }

    private static CanonicalResource? GcpOnly(CanonicalResource? resource) =>
        resource?.Provider == CloudProvider.Gcp ? resource : null;
}

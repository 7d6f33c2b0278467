using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>Where a result points: the first location's file and line, else its logical location (a function, a type).</summary>
internal sealed record SarifLocation(string? Uri, string? StartLine, string? LogicalName)
{
    public static SarifLocation Of(JsonElement result, SarifRun run)
    {
        var first = result.Items("locations").FirstOrDefault();
        var physical = first.Get("physicalLocation") ?? default;
        var uri = physical.Str("artifactLocation.uri")
            ?? run.ArtifactUri(physical.Num("artifactLocation.index"))
            ?? result.Str("analysisTarget.uri");
        var logical = first.Items("logicalLocations").Select(l => l.FirstStr("fullyQualifiedName", "name")).FirstOrDefault(n => n is not null);
        return new SarifLocation(uri, physical.Str("region.startLine"), logical);
    }

    /// <summary>The place findings are about, in the order the evidence allows: a file, a code symbol, or only the tool's scan target.</summary>
    public CanonicalResource Resource(string tool, string? repository)
    {
        if (Uri is not null)
        {
            return ResourceIds.SourceFile(repository, Path(Uri))
                ?? throw new RecordRejectedException($"record has no usable artifact location ({Uri})");
        }

        // Only a symbol name (binary scanners): it still lets the same tool's results about it meet.
        return LogicalName is not null
            ? ResourceIds.VendorNative("sarif", $"{tool}:{LogicalName}", CloudProvider.Code, "logical-location", LogicalName)
            : ResourceIds.VendorNative("sarif", tool, CloudProvider.Unknown, "scan-target", tool);
    }

    /// <summary>A uri as a path: <c>file://</c> stripped and percent-escapes decoded; relative uris stay relative.</summary>
    public static string Path(string uri)
    {
        var path = uri.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? uri["file://".Length..] : uri;
        return System.Uri.UnescapeDataString(path);
    }
}

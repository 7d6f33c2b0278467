using System.Text.Json;
using CnappAi.Modules.SampleTenant.Catalog;

namespace CnappAi.Modules.SampleTenant.Writers.Lacework;

/// <summary>The v2 search page envelope (<c>paging</c> with a next-page URL, then <c>data</c>) and shared record parts.</summary>
internal static class LaceworkShapes
{
    public const string BaseUrl = "https://acme.lacework.net/api/v2";

    public static PageEnvelope Envelope(string endpoint) => new(
        (w, page) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("paging");
            w.WriteNumber("rows", page.Rows);
            w.WriteNumber("totalRows", page.Total);
            w.WriteStartObject("urls");
            w.WriteString("nextPage", page.NextToken is { } token ? $"{BaseUrl}/{endpoint}/{token}" : null);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("data");
        },
        (w, _) =>
        {
            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary><c>cveProps</c>: the NVD description and CVSS v3 score Lacework attaches.</summary>
    public static void CveProps(Utf8JsonWriter w, CveEntry cve)
    {
        w.WriteStartObject("cveProps");
        w.WriteString("description", cve.Description);
        w.WriteString("link", cve.NvdLink);
        w.WriteStartObject("metadata");
        w.WriteStartObject("NVD");
        w.WriteStartObject("CVSSv3");
        w.WriteNumber("Score", cve.Cvss);
        w.WriteString("Vectors", cve.Vector["CVSS:3.1/".Length..]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The feature namespace Lacework reports for an operating system or base image.</summary>
    public static string Namespace(string? platform) => platform switch
    {
        null => "unknown",
        _ when platform.StartsWith("Amazon Linux", StringComparison.Ordinal) || platform.StartsWith("amazonlinux", StringComparison.Ordinal) => "amzn:2",
        _ when platform.StartsWith("Ubuntu 20", StringComparison.Ordinal) => "ubuntu:20.04",
        _ when platform.StartsWith("Ubuntu", StringComparison.Ordinal) => "ubuntu:22.04",
        _ when platform.StartsWith("Red Hat", StringComparison.Ordinal) => "rhel:8",
        _ when platform.StartsWith("Debian", StringComparison.Ordinal) => "debian:11",
        _ when platform.StartsWith("Container-Optimized", StringComparison.Ordinal) => "cos:105",
        _ => platform,
    };
}

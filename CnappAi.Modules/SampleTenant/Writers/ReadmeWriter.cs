using System.Globalization;
using System.Text;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Manifest;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>A short README.md for people who open the folder; importers skip Markdown inside a folder.</summary>
internal static class ReadmeWriter
{
    public static long Write(string root, ManifestHeader header)
    {
        var text = new StringBuilder()
            .AppendLine("# CnappAi sample tenant")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{header.Assets:N0} resources of a fictitious multi-cloud company, as of {Timestamps.Date(header.Clock.AsOf)} (seed {header.Seed}).")
            .AppendLine("Each folder holds one tool's findings in that tool's own API format; `context/` holds the asset")
            .AppendLine("context CSV and the relationships graph; `manifest.ndjson` is the ground truth (which observations")
            .AppendLine("describe the same problem, which resources are crown jewels, the true cross-cloud attack path).")
            .AppendLine()
            .AppendLine("| source | files | observations | findings |")
            .AppendLine("|---|---:|---:|---:|");
        foreach (var source in header.Sources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {source.Source} | {source.Files} | {source.Observations} | {source.Findings} |");
        }

        text.AppendLine()
            .AppendLine("Import it with `dotnet run --project CnappAi.Web -- import <this folder>`; see docs/sample-tenant.md.");
        var bytes = Encoding.UTF8.GetBytes(text.ToString().ReplaceLineEndings("\n"));
        File.WriteAllBytes(Path.Combine(root, "README.md"), bytes);
        return bytes.Length;
    }
}

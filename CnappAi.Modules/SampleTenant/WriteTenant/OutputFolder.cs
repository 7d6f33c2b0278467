using CnappAi.Modules.SampleTenant.Manifest;

namespace CnappAi.Modules.SampleTenant.WriteTenant;

/// <summary>
/// Makes the output folder ready. An earlier sample tenant is replaced entirely (stale pages from a larger run would
/// otherwise be imported too); a folder holding anything else is refused rather than overwritten.
/// </summary>
internal static class OutputFolder
{
    public static readonly string[] Entries =
        ["wiz", "prisma", "orca", "lacework", "aws-securityhub", "defender", "gcp-scc", "context", ManifestWriter.FileName, "README.md"];

    public static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            Directory.CreateDirectory(full);
            return full;
        }

        var existing = Directory.EnumerateFileSystemEntries(full).Select(Path.GetFileName).ToList();
        if (existing.Count == 0)
        {
            return full;
        }

        if (!existing.Contains(ManifestWriter.FileName) || existing.Any(e => !Entries.Contains(e, StringComparer.Ordinal)))
        {
            throw new IOException($"'{full}' is not empty and does not hold a sample tenant; choose an empty or new folder");
        }

        foreach (var entry in existing)
        {
            var entryPath = Path.Combine(full, entry!);
            if (Directory.Exists(entryPath))
            {
                Directory.Delete(entryPath, recursive: true);
            }
            else
            {
                File.Delete(entryPath);
            }
        }

        return full;
    }
}

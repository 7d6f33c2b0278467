using System.Security.Cryptography;
using System.Text;

namespace CnappAi.Tests.SampleTenant;

/// <summary>One hash over every file of a folder (relative path and content), to compare generated trees.</summary>
internal static class TreeHash
{
    public static string Of(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

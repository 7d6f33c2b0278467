namespace CnappAi.Tests.TestInfrastructure;

/// <summary>Paths of the vendor sample files copied under <c>Fixtures/</c> (see Fixtures/PROVENANCE.md).</summary>
public static class FixtureFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Get(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        return File.Exists(path) ? path : throw new FileNotFoundException($"fixture {relativePath} is missing", path);
    }
}

namespace CnappAi.Tests.IacGate;

/// <summary>The gate's hand-written scans under <c>TestData/IacGate/</c> (see the README there).</summary>
internal static class GateTestData
{
    public static string Get(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "IacGate", name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"test data {name} is missing", path);
    }
}

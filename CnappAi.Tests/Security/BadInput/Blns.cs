using System.Text.Json;

namespace CnappAi.Tests.Security.BadInput;

/// <summary>The whole Big List of Naughty Strings (TestData/blns.json, MIT).</summary>
internal static class Blns
{
    private static readonly Lazy<IReadOnlyList<string>> All = new(() =>
        JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blns.json")))!);

    public static IReadOnlyList<string> Strings => All.Value;
}

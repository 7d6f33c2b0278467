using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Security.BadInput;

/// <summary>
/// For every format the fixtures cover, the smallest fixture that parses into at least one observation: the seed the
/// bad-input tests mutate, so every parser is exercised without listing them by hand.
/// </summary>
internal static class RepresentativeFixtures
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ByFormat = new(Find);

    public static IReadOnlyDictionary<string, string> All => ByFormat.Value;

    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var format in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(format);
        }

        return data;
    }

    private static Dictionary<string, string> Find()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var best = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase))
                     .OrderBy(f => new FileInfo(f).Length))
        {
            var parsed = ParserHarness.ParseAsync(file).GetAwaiter().GetResult();
            if (parsed.Format is { } format && parsed.Observations.Count > 0 && new FileInfo(file).Length < 512 * 1024)
            {
                best.TryAdd(format, file);
            }
        }

        return best;
    }
}

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>
/// Reads the data files shipped inside the module (embedded resources under <c>Crosswalk/Data/</c>): the crosswalk,
/// the rules deliberately left unmapped, and advisory aliases. Lines starting with '#' are comments.
/// </summary>
internal static class CrosswalkData
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        AllowComments = true,
        Comment = '#',
        TrimOptions = TrimOptions.Trim,
        IgnoreBlankLines = true,
    };

    public static IReadOnlyList<CrosswalkRow> Rows() =>
        Read("crosswalk.csv", r => new CrosswalkRow(r.GetField("control")!, r.GetField("source")!.ToLowerInvariant(), r.GetField("match")!, r.GetField("value")!));

    public static IReadOnlyList<UnmappedRuleEntry> Unmapped() =>
        Read("unmapped.csv", r => new UnmappedRuleEntry(
            r.GetField("source")!.ToLowerInvariant(), r.GetField("rule")!, r.GetField("title")!, r.GetField("reason")!, NullIfDash(r.GetField("suggestion"))));

    public static IReadOnlyList<(string Alias, string Cve)> AdvisoryAliases() =>
        Read("advisory-aliases.csv", r => (r.GetField("alias")!.ToUpperInvariant(), r.GetField("cve")!.ToUpperInvariant()));

    private static List<T> Read<T>(string name, Func<CsvReader, T> map)
    {
        using var stream = Open(name);
        using var text = new StreamReader(stream);
        using var csv = new CsvReader(text, Csv);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }

    private static Stream Open(string name)
    {
        var assembly = typeof(CrosswalkData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Crosswalk.Data." + name, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(resource)!;
    }

    private static string? NullIfDash(string? value) => string.IsNullOrWhiteSpace(value) || value == "-" ? null : value;
}

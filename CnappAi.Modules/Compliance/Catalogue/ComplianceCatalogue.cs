using System.Globalization;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Correlation.Contracts;
using CsvHelper;
using CsvHelper.Configuration;

namespace CnappAi.Modules.Compliance.Catalogue;

/// <summary>
/// The frameworks, their controls and the mapping from shared controls, read once from the data files shipped inside
/// the module (<c>Catalogue/Data/*.csv</c>). A shared control takes its exact and prefix rows for a framework; only
/// when it has none does its domain's fallback row apply, so every in-scope shared control maps somewhere.
/// </summary>
internal sealed class ComplianceCatalogue
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture)
    {
        AllowComments = true,
        Comment = '#',
        TrimOptions = TrimOptions.Trim,
        IgnoreBlankLines = true,
    };

    private readonly Dictionary<string, List<FrameworkControl>> _controls;
    private readonly Dictionary<string, List<string>> _frameworksByShared;

    public ComplianceCatalogue()
    {
        Frameworks = Read("frameworks.csv", r => new ComplianceFramework(
            r.GetField("id")!, r.GetField("name")!, r.GetField("version")!, r.GetField("scope")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var titles = Read("controls.csv", r => (Framework: r.GetField("framework")!, Id: r.GetField("id")!, Title: r.GetField("title")!));
        var rules = Read("mappings.csv", r => new MappingRule(r.GetField("shared")!, r.GetField("framework")!, r.GetField("controls")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

        var mapped = new Dictionary<(string Framework, string Control), SortedSet<string>>();
        foreach (var framework in Frameworks)
        {
            foreach (var shared in SharedControls.All.Where(c => InScope(framework, c.Domain)))
            {
                foreach (var target in TargetsOf(framework.Id, shared, rules))
                {
                    if (!mapped.TryGetValue((framework.Id, target), out var set))
                    {
                        mapped[(framework.Id, target)] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(shared.Id);
                }
            }
        }

        _controls = titles
            .GroupBy(t => t.Framework, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(t => new FrameworkControl(t.Framework, t.Id, t.Title, mapped.TryGetValue((t.Framework, t.Id), out var s) ? [.. s] : [])).ToList(),
                StringComparer.Ordinal);
        _frameworksByShared = mapped
            .SelectMany(m => m.Value.Select(shared => (Shared: shared, m.Key.Framework)))
            .GroupBy(p => p.Shared, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Framework).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Unknown = [.. rules.SelectMany(r => r.Controls.Select(c => (r.Framework, c))).Where(p => !titles.Any(t => t.Framework == p.Framework && t.Id == p.c)).Select(p => $"{p.Framework}:{p.c}")];
    }

    public IReadOnlyList<ComplianceFramework> Frameworks { get; }

    /// <summary>Control ids the mapping names but the catalogue lacks (a data error; the tests keep it empty).</summary>
    public IReadOnlyList<string> Unknown { get; }

    public ComplianceFramework? Framework(string id) => Frameworks.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<FrameworkControl> Controls(string frameworkId) =>
        Framework(frameworkId) is { } f && _controls.TryGetValue(f.Id, out var list) ? list : [];

    public IReadOnlyList<string> FrameworksOf(string sharedControlId) =>
        _frameworksByShared.TryGetValue(sharedControlId, out var list) ? list : [];

    public static bool InScope(ComplianceFramework framework, string domain) =>
        framework.Scope.Contains("*") || framework.Scope.Contains(domain, StringComparer.Ordinal);

    private static IEnumerable<string> TargetsOf(string frameworkId, SharedControl shared, IReadOnlyList<MappingRule> rules)
    {
        var own = rules.Where(r => r.Framework == frameworkId && r.MatchesExactly(shared.Id)).SelectMany(r => r.Controls).ToList();
        return own.Count > 0
            ? own.Distinct()
            : rules.Where(r => r.Framework == frameworkId && r.Shared == "domain:" + shared.Domain).SelectMany(r => r.Controls).Distinct();
    }

    private static List<T> Read<T>(string name, Func<CsvReader, T> map)
    {
        var assembly = typeof(ComplianceCatalogue).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Compliance.Catalogue.Data." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
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

    private sealed record MappingRule(string Shared, string Framework, IReadOnlyList<string> Controls)
    {
        public bool MatchesExactly(string sharedId) =>
            Shared.EndsWith('*') ? sharedId.StartsWith(Shared[..^1], StringComparison.Ordinal) : Shared == sharedId;
    }
}

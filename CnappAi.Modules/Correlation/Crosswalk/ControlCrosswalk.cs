using System.Collections.Frozen;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>
/// Maps a vendor rule to a shared control from the shipped crosswalk: by rule id, then normalised name, then prefix,
/// then (threat detections only) keywords. Security Hub findings produced by Prowler (<c>prowler-&lt;check&gt;</c>)
/// are also looked up as Prowler checks, so one table serves both ways the same check arrives.
/// </summary>
internal sealed class ControlCrosswalk
{
    private const string AnySource = "*";
    private const string ProwlerPrefix = "prowler-";

    private readonly FrozenDictionary<string, string> _ids;
    private readonly FrozenDictionary<string, string> _names;
    private readonly IReadOnlyList<CrosswalkRow> _prefixes;
    private readonly IReadOnlyList<(string Source, string[] Words, string ControlId)> _keywords;

    public ControlCrosswalk(IReadOnlyList<CrosswalkRow> rows)
    {
        Rows = rows;
        var unknown = rows.Where(r => SharedControls.Find(r.ControlId) is null).Select(r => r.ControlId).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"crosswalk names unknown controls: {string.Join(", ", unknown)}");
        }

        _ids = rows.Where(r => r.Match == "id")
            .DistinctBy(r => Key(r.Source, r.Value.ToLowerInvariant()))
            .ToFrozenDictionary(r => Key(r.Source, r.Value.ToLowerInvariant()), r => r.ControlId, StringComparer.Ordinal);
        _names = rows.Where(r => r.Match == "name")
            .DistinctBy(r => Key(r.Source, RuleText.Normalize(r.Value)))
            .ToFrozenDictionary(r => Key(r.Source, RuleText.Normalize(r.Value)), r => r.ControlId, StringComparer.Ordinal);
        _prefixes = [.. rows.Where(r => r.Match == "prefix").Select(r => r with { Value = RuleText.Normalize(r.Value) })];
        _keywords = [.. rows.Where(r => r.Match == "keywords").Select(r => (r.Source, r.Value.Split(';').Select(RuleText.Normalize).ToArray(), r.ControlId))];
    }

    public static ControlCrosswalk Shipped { get; } = new(CrosswalkData.Rows());

    public IReadOnlyList<CrosswalkRow> Rows { get; }

    public ControlMatch? Match(string source, string? ruleId, string? title, FindingCategory? category)
    {
        source = source.ToLowerInvariant();
        var match = MatchIn(source, ruleId, title, category);
        if (match is null && source == "aws-securityhub" && ruleId?.StartsWith(ProwlerPrefix, StringComparison.OrdinalIgnoreCase) == true)
        {
            match = MatchIn("prowler", ruleId[ProwlerPrefix.Length..], title, category);
        }

        return match;
    }

    private ControlMatch? MatchIn(string source, string? ruleId, string? title, FindingCategory? category)
    {
        var id = ruleId?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(id) && _ids.TryGetValue(Key(source, id), out var byId))
        {
            return new ControlMatch(byId, MatchBasis.RuleId, ruleId!.Trim());
        }

        var name = RuleText.Normalize(title);
        if (name.Length > 0 && _names.TryGetValue(Key(source, name), out var byName))
        {
            return new ControlMatch(byName, MatchBasis.RuleName, title!.Trim());
        }

        var normalizedId = RuleText.Normalize(ruleId);
        foreach (var prefix in _prefixes)
        {
            if (prefix.Source == source && ((name.Length > 0 && name.StartsWith(prefix.Value, StringComparison.Ordinal))
                || (normalizedId.Length > 0 && normalizedId.StartsWith(prefix.Value, StringComparison.Ordinal))))
            {
                return new ControlMatch(prefix.ControlId, MatchBasis.Prefix, prefix.Value);
            }
        }

        if (category == FindingCategory.Threat && name.Length > 0)
        {
            var words = $" {name} ";
            foreach (var (keywordSource, keywords, controlId) in _keywords)
            {
                if ((keywordSource == source || keywordSource == AnySource) && keywords.All(k => words.Contains($" {k} ", StringComparison.Ordinal)))
                {
                    return new ControlMatch(controlId, MatchBasis.Keywords, string.Join(' ', keywords));
                }
            }
        }

        return null;
    }

    private static string Key(string source, string value) => $"{source}\n{value}";
}

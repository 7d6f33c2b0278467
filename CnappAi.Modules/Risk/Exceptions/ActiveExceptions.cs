using System.Text.RegularExpressions;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Data;

namespace CnappAi.Modules.Risk.Exceptions;

/// <summary>
/// The exceptions in force at one moment, indexed so checking a finding costs a dictionary lookup plus the few
/// rules that are not tied to one finding or control. A suppression rule's resource, environment and tag criteria
/// must hold for every resource of the unified finding: a dev-only rule never hides the same image in production.
/// </summary>
internal sealed class ActiveExceptions
{
    private readonly Dictionary<string, List<Compiled>> _byCluster = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Compiled>> _byControl = new(StringComparer.Ordinal);
    private readonly List<Compiled> _others = [];

    public ActiveExceptions(IEnumerable<RiskException> active)
    {
        foreach (var e in active)
        {
            var compiled = new Compiled(e, e.ResourcePattern is null ? null : Glob(e.ResourcePattern), ParseTag(e.Tag));
            var index = e.Kind == ExceptionKind.Acceptance && e.ClusterId is not null ? Bucket(_byCluster, e.ClusterId)
                : e.ControlId is not null ? Bucket(_byControl, e.ControlId) : _others;
            index.Add(compiled);
        }
    }

    public static ActiveExceptions None { get; } = new([]);

    public int Count => _byCluster.Values.Sum(l => l.Count) + _byControl.Values.Sum(l => l.Count) + _others.Count;

    /// <summary>The matching exception that runs longest, if any.</summary>
    public RiskException? Match(string clusterId, string? controlId, IReadOnlyCollection<string> resourceUids, IAssetsFacade assets)
    {
        RiskException? best = null;
        foreach (var candidate in Candidates(clusterId, controlId))
        {
            if ((best is null || candidate.Exception.ExpiresAt > best.ExpiresAt) && Matches(candidate, clusterId, controlId, resourceUids, assets))
            {
                best = candidate.Exception;
            }
        }

        return best;
    }

    private IEnumerable<Compiled> Candidates(string clusterId, string? controlId) =>
        _byCluster.GetValueOrDefault(clusterId, []).Concat(controlId is null ? [] : _byControl.GetValueOrDefault(controlId, [])).Concat(_others);

    private static bool Matches(Compiled c, string clusterId, string? controlId, IReadOnlyCollection<string> uids, IAssetsFacade assets)
    {
        var e = c.Exception;
        if (e.Kind == ExceptionKind.Acceptance)
        {
            return e.ClusterId == clusterId;
        }

        return (e.ControlId is null || e.ControlId == controlId)
            && uids.Count > 0
            && uids.All(uid => (c.Pattern is null || c.Pattern.IsMatch(uid))
                && (e.Environment is null || string.Equals(assets.ContextOf(uid)?.Environment, e.Environment, StringComparison.OrdinalIgnoreCase))
                && (c.Tag is not { } tag || HasTag(uid, tag, assets)));
    }

    private static bool HasTag(string uid, (string Key, string Value) tag, IAssetsFacade assets)
    {
        if (assets.TagsOf(uid) is { } tags && tags.TryGetValue(tag.Key, out var value) && string.Equals(value, tag.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var context = assets.ContextOf(uid);
        var known = tag.Key.ToLowerInvariant() switch
        {
            "team" or "owner" => context?.Team,
            "application" or "app" => context?.Application,
            "environment" or "env" => context?.Environment,
            "data-classification" or "classification" => context?.DataClassification,
            _ => null,
        };
        return string.Equals(known, tag.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static List<Compiled> Bucket(Dictionary<string, List<Compiled>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }

    public static Regex Glob(string pattern) => new(
        "^" + Regex.Escape(pattern.Trim()).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    public static (string Key, string Value)? ParseTag(string? tag)
    {
        var separator = tag?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        return separator > 0 ? (tag![..separator].Trim(), tag[(separator + 1)..].Trim()) : null;
    }

    private sealed record Compiled(RiskException Exception, Regex? Pattern, (string Key, string Value)? Tag);
}

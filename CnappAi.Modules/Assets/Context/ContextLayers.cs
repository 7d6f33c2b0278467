using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;

namespace CnappAi.Modules.Assets.Context;

/// <summary>
/// Applies a context value only when its source ranks at least as high as the source that set the current value
/// (manual over CMDB over tags), and remembers the source. Stored as <c>field=source;...</c> on the asset.
/// </summary>
internal static class ContextLayers
{
    public static IReadOnlyDictionary<string, ContextSource> Parse(string sources) =>
        sources.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .Where(p => p.Length == 2 && Enum.TryParse<ContextSource>(p[1], out _))
            .ToDictionary(p => p[0], p => Enum.Parse<ContextSource>(p[1]), StringComparer.Ordinal);

    /// <summary>Sets the field when allowed; returns whether the effective value changed.</summary>
    public static bool Set<T>(AssetRecord record, string field, T value, ContextSource source, Func<AssetRecord, T> get, Action<AssetRecord, T> put)
    {
        var layers = Parse(record.ContextSources).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (layers.TryGetValue(field, out var current) && current > source)
        {
            return false;
        }

        layers[field] = source;
        record.ContextSources = string.Join(';', layers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        if (EqualityComparer<T>.Default.Equals(get(record), value))
        {
            return false;
        }

        put(record, value);
        return true;
    }

    public static bool SetText(AssetRecord record, string field, string? value, ContextSource source) => field switch
    {
        ContextField.Team => Set(record, field, value, source, r => r.Team, (r, v) => r.Team = v),
        ContextField.Environment => Set(record, field, ContextValues.Environment(value), source, r => r.Environment, (r, v) => r.Environment = v),
        ContextField.Application => Set(record, field, value, source, r => r.Application, (r, v) => r.Application = v),
        ContextField.OwnerContact => Set(record, field, value, source, r => r.OwnerContact, (r, v) => r.OwnerContact = v),
        ContextField.DataClassification => Set(record, field, value?.ToLowerInvariant(), source, r => r.DataClassification, (r, v) =>
        {
            r.DataClassification = v;
            r.DataSensitivity = ContextValues.Sensitivity(v);
        }),
        ContextField.Criticality => Set(record, field, ContextValues.Criticality(value), source, r => r.Criticality, (r, v) => r.Criticality = v),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a text context field"),
    };
}

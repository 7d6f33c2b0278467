using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// A <see cref="FindingQuery"/>'s filters and sort as a URL query string (<c>?severity=high&amp;cloud=aws&amp;text=ssh</c>):
/// the explorer's address, a saved view and the export link all use it. Paging is not part of it.
/// </summary>
public static class FindingQueryString
{
    public static string Format(FindingQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, object? value)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(text))
            {
                pairs.Add(new(key, text));
            }
        }

        query.Sources.ToList().ForEach(v => Add("source", v));
        query.Providers.ToList().ForEach(v => Add("cloud", Name(v)));
        Add("account", query.Account);
        query.Severities.ToList().ForEach(v => Add("severity", Name(v)));
        query.Priorities.Concat(query.Priority is { } p ? [p] : []).Distinct().ToList().ForEach(v => Add("priority", v));
        query.Categories.ToList().ForEach(v => Add("category", Name(v)));
        query.Statuses.ToList().ForEach(v => Add("status", Name(v)));
        query.ControlIds.ToList().ForEach(v => Add("control", v));
        query.Frameworks.ToList().ForEach(v => Add("framework", v));
        query.Teams.ToList().ForEach(v => Add("team", v));
        query.Environments.ToList().ForEach(v => Add("env", v));
        Add("text", query.Text);
        Add("resource", query.ResourceUid);
        Add("cluster", query.ClusterId);
        Add("unified", query.UnifiedOnly ? "true" : null);
        Add("suppressed", query.Suppressed?.ToString().ToLowerInvariant());
        Add("sla", query.SlaBreached?.ToString().ToLowerInvariant());
        Add("sort", query.Sort == FindingSort.Risk ? null : Name(query.Sort));
        Add("order", query.Descending ? null : "asc");
        return QueryString.Create(pairs).ToUriComponent();
    }

    /// <summary>Reads a query string (with or without the leading <c>?</c>); unknown keys and unreadable values are ignored.</summary>
    public static FindingQuery Parse(string? queryString)
    {
        var q = QueryHelpers.ParseQuery(queryString);
        return new FindingQuery
        {
            Sources = Strings(q, "source"),
            Providers = Enums<CloudProvider>(q, "cloud"),
            Account = First(q, "account"),
            Severities = Enums<Severity>(q, "severity"),
            Priorities = [.. Strings(q, "priority").Select(v => int.TryParse(v.TrimStart('P', 'p'), CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n is >= 1 and <= 4).Distinct()],
            Categories = Enums<FindingCategory>(q, "category"),
            Statuses = Enums<FindingStatus>(q, "status"),
            ControlIds = Strings(q, "control"),
            Frameworks = Strings(q, "framework"),
            Teams = Strings(q, "team"),
            Environments = Strings(q, "env"),
            Text = First(q, "text"),
            ResourceUid = First(q, "resource"),
            ClusterId = First(q, "cluster"),
            UnifiedOnly = First(q, "unified") == "true",
            Suppressed = bool.TryParse(First(q, "suppressed"), out var suppressed) ? suppressed : null,
            SlaBreached = bool.TryParse(First(q, "sla"), out var breached) ? breached : null,
            Sort = Enum.TryParse<FindingSort>(First(q, "sort"), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : FindingSort.Risk,
            Descending = First(q, "order") != "asc",
        };
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static string? First(Dictionary<string, StringValues> q, string key) =>
        q.TryGetValue(key, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim() : null;

    private static List<string> Strings(Dictionary<string, StringValues> q, string key) =>
        q.TryGetValue(key, out var values) ? [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct()] : [];

    private static List<TEnum> Enums<TEnum>(Dictionary<string, StringValues> q, string key)
        where TEnum : struct, Enum =>
        [.. Strings(q, key).Select(v => Enum.TryParse<TEnum>(v.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var e) && Enum.IsDefined(e) ? (TEnum?)e : null)
            .OfType<TEnum>().Distinct()];
}

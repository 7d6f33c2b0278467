using System.Globalization;
using System.Text.RegularExpressions;

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>
/// Replaces "anywhere" sources (<c>0.0.0.0/0</c>, <c>::/0</c>, Azure's <c>*</c> and <c>Internet</c>) with a variable
/// naming the network that should be allowed. In a security group with several <c>ingress</c> blocks only the ones
/// that open <see cref="Port"/> change, so a deliberately public HTTPS rule beside an open SSH rule stays as it is.
/// </summary>
internal sealed partial record RestrictIngress(int? Port, string Replacement) : ISnippetEdit
{
    private static readonly string[] RuleBlocks = ["ingress", "security_rule"];

    public bool Apply(HclDocument document, FixContext context)
    {
        if (document.Root is not { } root)
        {
            return false;
        }

        var rules = root.Children.Where(c => RuleBlocks.Contains(c.Name)).ToList();
        var scopes = rules.Count == 0 ? [root] : rules.Where(r => Opens(document, r)).ToList();
        var changed = false;
        foreach (var scope in scopes.OrderByDescending(s => s.Start))
        {
            for (var i = scope.Start; i <= scope.End; i++)
            {
                var line = document.Lines[i];
                var fixedLine = AzureAnySource().Replace(line, m => m.Groups["lead"].Value + Replacement);
                fixedLine = AzureAnySources().Replace(fixedLine, m => $"{m.Groups["lead"].Value}[{Replacement}]");
                fixedLine = OpenCidr().Replace(fixedLine, Replacement);
                if (fixedLine != line)
                {
                    document.Replace(i, i, [fixedLine]);
                    changed = true;
                }
            }
        }

        return changed;
    }

    /// <summary>Whether a rule block covers the port; a rule whose ports are variables is assumed to.</summary>
    private bool Opens(HclDocument document, HclBlock rule)
    {
        if (Port is not { } port)
        {
            return true;
        }

        var from = Number(document, rule, "from_port");
        var to = Number(document, rule, "to_port") ?? from;
        if (from is { } low && to is { } high)
        {
            return (low == 0 && high == 0) || (low <= port && port <= high);
        }

        var range = Value(document, rule, "destination_port_range")?.Trim('"');
        if (range is null or "*")
        {
            return true;
        }

        var parts = range.Split('-');
        return int.TryParse(parts[0], CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[^1], CultureInfo.InvariantCulture, out var last)
            ? first <= port && port <= last
            : true;
    }

    private static int? Number(HclDocument document, HclBlock block, string name) =>
        int.TryParse(Value(document, block, name), CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Value(HclDocument document, HclBlock block, string name) =>
        block.Attributes.Find(a => a.Name == name) is { } attribute
            ? document.Lines[attribute.Start].Split('=', 2)[1].Split('#')[0].Trim()
            : null;

    [GeneratedRegex(@"(?<lead>source_address_prefix\s*=\s*)""(\*|Internet|Any|0\.0\.0\.0/0)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AzureAnySource();

    [GeneratedRegex("""(?<lead>source_address_prefixes\s*=\s*)\[\s*"(\*|Internet|Any|0\.0\.0\.0/0)"\s*\]""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AzureAnySources();

    [GeneratedRegex("""("0\.0\.0\.0/0"|"::/0")""", RegexOptions.CultureInvariant)]
    private static partial Regex OpenCidr();
}

using System.Text;

namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>
/// Normalises rule titles and picks the key a rule is known by. Vendors vary case, punctuation and spacing
/// ("doesn't" / "doesnt", "(22)" / "22"), so names compare as lower-case words separated by single spaces.
/// </summary>
internal static class RuleText
{
    public const int MaxKeyLength = 200;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The key a rule is tracked by: its id when it is a real rule id, else its title. Some producers put a detector
    /// ARN or nothing in the rule id (GuardDuty through Security Hub, Orca exports); the title is then the rule.
    /// </summary>
    public static string KeyOf(string? ruleId, string title)
    {
        var id = ruleId?.Trim();
        var usable = !string.IsNullOrEmpty(id) && id.Length <= MaxKeyLength && !id.StartsWith("arn:", StringComparison.OrdinalIgnoreCase);
        var key = usable ? id! : title.Trim();
        return key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
    }
}

using System.Text;

namespace CnappAi.Modules.IacGate.Rendering;

/// <summary>
/// Scanner output (rule titles, messages, file names, code) is untrusted: it may carry HTML, Markdown, mentions or a
/// closing <c>&lt;/details&gt;</c>. <see cref="Html"/> is for text inside HTML blocks (a <c>&lt;summary&gt;</c> line,
/// where Markdown is not processed): it is HTML-encoded. <see cref="Inline"/> is for Markdown paragraphs: it is
/// HTML-encoded and its Markdown punctuation escaped. Code goes into a fence longer than any backtick run inside it.
/// </summary>
internal static class MarkdownText
{
    // Characters that start emphasis, code, links, table cells or strike-through anywhere in a line. Text never
    // starts a line (it always follows a label), so list, heading and quote markers need no escape.
    private const string MarkdownPunctuation = "\\`*_[]|~";

    public static string Html(string? text, int maxLength = 300) => Encode(text, maxLength, escapeMarkdown: false);

    public static string Inline(string? text, int maxLength = 300) => Encode(text, maxLength, escapeMarkdown: true);

    /// <summary>A fenced code block that the code itself cannot close early.</summary>
    public static string Fence(string code, string language)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var lang = new string([.. language.Where(char.IsAsciiLetterOrDigit)]);
        return $"{fence}{lang}\n{code.Replace("\r", string.Empty, StringComparison.Ordinal)}\n{fence}";
    }

    private static string Encode(string? text, int maxLength, bool escapeMarkdown)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (folded.Length > maxLength)
        {
            folded = string.Concat(folded.AsSpan(0, maxLength - 1), "…");
        }

        var builder = new StringBuilder(folded.Length + 16);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;

                // A word joiner after @ keeps "@team" from notifying anyone.
                case '@': builder.Append("@\u2060"); break;

                // Control characters and bidirectional overrides could hide or reorder what the reader sees.
                case < ' ' or '\u007f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'): break;
                default:
                    if (escapeMarkdown && MarkdownPunctuation.Contains(c, StringComparison.Ordinal))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}

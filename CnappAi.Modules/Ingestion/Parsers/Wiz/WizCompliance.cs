using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Framework controls a Wiz rule maps to (<c>securitySubCategories</c>), as <c>framework: control</c>.</summary>
internal static class WizCompliance
{
    public static IReadOnlyList<string> From(JsonElement? rule) =>
        rule is not { } r
            ? []
            : [.. r.Items("securitySubCategories")
                .Select(s => (Framework: s.Str("category.framework.name"), Control: s.Str("title")))
                .Where(s => !string.IsNullOrWhiteSpace(s.Framework) && !string.IsNullOrWhiteSpace(s.Control))
                .Select(s => $"{s.Framework!.Trim()}: {s.Control!.Trim()}")
                .Distinct(StringComparer.Ordinal)];
}

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>Input hygiene shared by the parsers and builders.</summary>
internal static class VendorText
{
    /// <summary>Trimmed text, or null when blank: vendors send "" and " " where they mean "unknown".</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

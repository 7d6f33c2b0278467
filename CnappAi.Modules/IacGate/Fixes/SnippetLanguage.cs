namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>The language of a scanned file, from its name (and the scanner's framework when it says).</summary>
internal static class SnippetLanguage
{
    public const string Hcl = "hcl";
    public const string Dockerfile = "dockerfile";
    public const string Yaml = "yaml";
    public const string Json = "json";
    public const string Bicep = "bicep";
    public const string Text = "text";

    public static string Of(string file, string? framework = null)
    {
        var name = Path.GetFileName(file.TrimEnd('.', '/'));
        if (framework is "terraform" or "terraform_plan" || name.EndsWith(".tf", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".hcl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase))
        {
            return Hcl;
        }

        if (framework is "dockerfile" || name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase))
        {
            return Dockerfile;
        }

        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".yaml" or ".yml" => Yaml,
            ".json" => Json,
            ".bicep" => Bicep,
            _ => Text,
        };
    }
}

namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>The resource a fix is for: its Terraform type and local name (placeholders <c>{type}</c>, <c>{name}</c>, <c>{ref}</c> in templates).</summary>
internal sealed record FixContext(string Type, string Name)
{
    public string Reference => $"{Type}.{Name}";

    public string Fill(string template) =>
        template.Replace("{type}", Type, StringComparison.Ordinal)
            .Replace("{name}", Name, StringComparison.Ordinal)
            .Replace("{ref}", Reference, StringComparison.Ordinal);
}

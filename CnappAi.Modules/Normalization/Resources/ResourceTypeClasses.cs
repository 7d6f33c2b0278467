using System.Collections.Frozen;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>
/// Classifies a free-form type string a vendor attaches to a resource it cannot name canonically: the provider's
/// own type grammar first, then the builders' hint tables, then a few generic words.
/// </summary>
internal static class ResourceTypeClasses
{
    private static readonly FrozenDictionary<string, ResourceClass> GenericWords = new Dictionary<string, ResourceClass>
    {
        ["virtualmachine"] = ResourceClass.Vm,
        ["host"] = ResourceClass.Vm,
        ["container"] = ResourceClass.Container,
        ["containerimage"] = ResourceClass.Image,
        ["database"] = ResourceClass.Database,
        ["serviceprincipal"] = ResourceClass.Identity,
        ["identity"] = ResourceClass.Identity,
        ["subscription"] = ResourceClass.Account,
        ["account"] = ResourceClass.Account,
        ["organization"] = ResourceClass.Account,
        ["folder"] = ResourceClass.Account,
        ["loadbalancer"] = ResourceClass.LoadBalancer,
        ["file"] = ResourceClass.SourceFile,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ResourceClass Classify(CloudProvider provider, string? type)
    {
        var text = VendorText.Clean(type);
        if (text is null)
        {
            return ResourceClass.Other;
        }

        return ByGrammar(provider, text)
            ?? FromAwsHint(text)
            ?? FromAzureAlias(text)
            ?? FromGcpHint(text)
            ?? KubernetesKinds.TryClassify(text)
            ?? (HintKey.Normalize(text) is { } key && GenericWords.TryGetValue(key, out var generic) ? generic : ResourceClass.Other);
    }

    private static ResourceClass? ByGrammar(CloudProvider provider, string type) => provider switch
    {
        CloudProvider.Aws when type.Contains(':', StringComparison.Ordinal) && !type.Contains("::", StringComparison.Ordinal) =>
            AwsResourceClasses.TryClassify(type.ToLowerInvariant()),
        CloudProvider.Azure when type.Contains('/', StringComparison.Ordinal) => AzureResourceClasses.TryClassify(type.ToLowerInvariant()),
        CloudProvider.Gcp when type.Contains('/', StringComparison.Ordinal) && !type.Contains(".googleapis.com", StringComparison.OrdinalIgnoreCase) =>
            GcpResourceClasses.TryClassify(type),
        CloudProvider.Kubernetes => KubernetesKinds.TryClassify(type.StartsWith("k8s:", StringComparison.Ordinal) ? type[4..] : type),
        _ => null,
    };

    private static ResourceClass? FromAwsHint(string type) =>
        AwsArnShapes.IsAccount(AwsArnShapes.Key(type)) ? ResourceClass.Account
        : AwsArnShapes.FromHint(AwsArnShapes.Key(type)) is { } shape ? ClassOfAwsShape(shape)
        : null;

    private static ResourceClass ClassOfAwsShape(AwsArnShape shape)
    {
        var resourceType = shape.Prefix.TrimEnd('/', ':');
        if (shape.Service == "s3")
        {
            resourceType = "bucket";
        }

        return AwsResourceClasses.Classify(resourceType.Length == 0 ? shape.Service : $"{shape.Service}:{resourceType}");
    }

    private static ResourceClass? FromAzureAlias(string type) =>
        AzureTypeAliases.ArmType(AzureTypeAliases.Key(type)) is { } armType ? AzureResourceClasses.Classify(armType.ToLowerInvariant()) : null;

    private static ResourceClass? FromGcpHint(string type)
    {
        if (GcpNameShapes.FromHint(GcpNameShapes.Key(type)) is not { } shape)
        {
            return null;
        }

        // The template's own full name parses to the class, so the hint tables need no class column of their own.
        var sample = shape.Template.Replace("{project}", "p", StringComparison.Ordinal)
            .Replace("{location}", "l", StringComparison.Ordinal).Replace("{name}", "n", StringComparison.Ordinal);
        return GcpNameParser.Parse(sample)?.Class;
    }
}

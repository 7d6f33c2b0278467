using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

internal static class ResourceIdParser
{
    public static CanonicalResource? Parse(string? id) => throw new NotImplementedException();
}

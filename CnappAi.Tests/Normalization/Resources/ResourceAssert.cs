using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Normalization.Resources;

/// <summary>Field-by-field checks of a <see cref="CanonicalResource"/>, so a failing row names the field that differs.</summary>
internal static class ResourceAssert
{
    public static CanonicalResource Matches(
        CanonicalResource? actual, CloudProvider provider, string? account, string? region, string? type, ResourceClass resourceClass, string? name)
    {
        actual.ShouldNotBeNull();
        actual.ShouldSatisfyAllConditions(
            () => actual.Provider.ShouldBe(provider),
            () => actual.Account.ShouldBe(account),
            () => actual.Region.ShouldBe(region),
            () => actual.Type.ShouldBe(type),
            () => actual.Class.ShouldBe(resourceClass),
            () => actual.Name.ShouldBe(name));
        return actual;
    }

    /// <summary>A built uid must parse back to the very same description: builders and parsers agree.</summary>
    public static void RoundTrips(CanonicalResource built)
    {
        var parsed = ResourceIds.Parse(built.Uid);
        parsed.ShouldNotBeNull();
        parsed.ShouldSatisfyAllConditions(
            () => parsed.Uid.ShouldBe(built.Uid),
            () => parsed.Provider.ShouldBe(built.Provider),
            () => parsed.Account.ShouldBe(built.Account),
            () => parsed.Region.ShouldBe(built.Region),
            () => parsed.Class.ShouldBe(built.Class),
            () => parsed.Name.ShouldBe(built.Name));
    }
}

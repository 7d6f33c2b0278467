using System.Reflection;
using CnappAi.Modules.Ingestion;
using NetArchTest.Rules;

namespace CnappAi.Tests.Architecture;

/// <summary>
/// Modules share one assembly, so <c>internal</c> cannot keep them apart: these tests do. A module may use
/// another module only through its public surface (facade, <c>XxxModule</c>, <c>Contracts/</c>) and the
/// shared infrastructure.
/// </summary>
public class ModuleBoundaryTests
{
    private static readonly Assembly Modules = typeof(IIngestionFacade).Assembly;

    public static TheoryData<string> ModuleNames => [.. ModuleNamesOf()];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_HasOneRegistrationAndOneFacade(string module)
    {
        var root = Modules.GetTypes().Where(t => t.Namespace == $"CnappAi.Modules.{module}" && t.IsPublic).ToList();

        root.Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name == $"{module}Module").ShouldHaveSingleItem();
        root.Where(t => t.IsInterface && t.Name == $"I{module}Facade").ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_UsesOtherModulesOnlyThroughTheirPublicSurface(string module)
    {
        var foreignInternals = Modules.GetTypes()
            .Where(t => IsModuleType(t) && ModuleOf(t) != module && !IsPublicSurface(t))
            .Select(t => t.FullName!)
            .ToArray();

        var result = Types.InAssembly(Modules)
            .That().ResideInNamespace($"CnappAi.Modules.{module}")
            .ShouldNot().HaveDependencyOnAny(foreignInternals)
            .GetResult();

        result.IsSuccessful.ShouldBeTrue($"{module} reaches into: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Web_NeverTouchesTheDatabaseDirectly()
    {
        var result = Types.InAssembly(typeof(CnappAi.Web.Cli.CommandLineApp).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue($"pages and verbs must go through facades: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void ModuleInternals_AreNotPublic()
    {
        var leaked = Modules.GetTypes()
            .Where(t => t.IsPublic && IsModuleType(t) && !IsPublicSurface(t))
            .Select(t => t.FullName)
            .ToList();

        leaked.ShouldBeEmpty();
    }

    private static IEnumerable<string> ModuleNamesOf() =>
        Modules.GetTypes().Where(IsModuleType).Select(ModuleOf).Distinct().Order();

    private static bool IsModuleType(Type t) =>
        t.Namespace is { } ns && ns.StartsWith("CnappAi.Modules.", StringComparison.Ordinal)
        && !ns.StartsWith("CnappAi.Modules.Shared", StringComparison.Ordinal);

    private static string ModuleOf(Type t) => t.Namespace!.Split('.')[2];

    private static bool IsPublicSurface(Type t)
    {
        var root = $"CnappAi.Modules.{ModuleOf(t)}";
        return t.Namespace == $"{root}.Contracts"
            || (t.Namespace == root && (t.Name.EndsWith("Module", StringComparison.Ordinal) || (t.IsInterface && t.Name.EndsWith("Facade", StringComparison.Ordinal))));
    }
}

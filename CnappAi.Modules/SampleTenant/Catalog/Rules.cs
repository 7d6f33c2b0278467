using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Short-hands for the control tables; vendor rule ids that are GUIDs derive from the rule's name.</summary>
internal static class Rules
{
    public const string WizConfiguration = "configuration";
    public const string WizIssue = "issue";

    public static VendorRule Wiz(string shortId, string name, Level level) => new(Tool.Wiz, shortId, name, level, WizConfiguration);

    public static VendorRule WizControl(string name, Level level) =>
        new(Tool.Wiz, $"wc-id-{StableIds.Number("wiz:" + name, 9000) + 1000}", name, level, WizIssue);

    public static VendorRule Prisma(string name, Level level, string policyType = "config") =>
        new(Tool.Prisma, StableIds.Guid("prisma:" + name), name, level, policyType);

    public static VendorRule Orca(string name, Level level, string category) =>
        new(Tool.Orca, "r" + StableIds.Hex("orca:" + name, 10), name, level, category);

    public static VendorRule Hub(string control, string name, Level level) => new(Tool.SecurityHub, control, name, level, "security-control");

    public static VendorRule Defender(string name, Level level, string category) =>
        new(Tool.Defender, StableIds.Guid("defender:" + name), name, level, category);

    public static VendorRule Scc(string category, Level level, string findingClass = "MISCONFIGURATION") =>
        new(Tool.Scc, category, category, level, findingClass);
}

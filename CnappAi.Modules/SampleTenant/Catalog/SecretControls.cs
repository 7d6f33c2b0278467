using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using static CnappAi.Modules.SampleTenant.Catalog.Rules;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Credentials left on machines and in containers, as Wiz and Orca report them.</summary>
internal static class SecretControls
{
    public const string ContainerKeys = "Cleartext cloud keys allowing high privileges found in a container";

    public static IReadOnlyList<ControlEntry> All { get; } =
    [
        new("leaked-cloud-keys", ProblemKind.Secret, Cloud.Aws, AssetKind.Vm, Level.High, "n/a",
        [
            WizControl("Cleartext cloud keys found on a virtual machine", Level.High),
            Orca("Leaked AWS access key found on asset", Level.High, "Leaked secrets"),
        ]),
        new("leaked-cloud-keys", ProblemKind.Secret, Cloud.Azure, AssetKind.Vm, Level.High, "n/a",
        [
            WizControl("Cleartext cloud keys found on a virtual machine", Level.High),
            Orca("Leaked Azure service principal secret found on asset", Level.High, "Leaked secrets"),
        ]),
        new("leaked-cloud-keys", ProblemKind.Secret, Cloud.Gcp, AssetKind.Vm, Level.High, "n/a",
            [WizControl("Cleartext cloud keys found on a virtual machine", Level.High)]),
        .. Enum.GetValues<Cloud>().Select(cloud => new ControlEntry(
            "leaked-cloud-keys", ProblemKind.Secret, cloud, AssetKind.Workload, Level.High, "n/a", [WizControl(ContainerKeys, Level.High)])),
    ];
}

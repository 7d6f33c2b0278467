namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>Posture of one framework: how many of its controls pass, fail or are not assessed, and each control's result.</summary>
public sealed record FrameworkPosture(
    ComplianceFramework Framework,
    DateTimeOffset AsOf,
    int Passed,
    int Failed,
    int NotAssessed,
    IReadOnlyList<ControlPosture> Controls);

namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>A framework control's result with the evidence behind it.</summary>
public sealed record ControlPosture(FrameworkControl Control, ControlResult Result, int FailingResources, int PassingResources, IReadOnlyList<EvidenceRow> Evidence);

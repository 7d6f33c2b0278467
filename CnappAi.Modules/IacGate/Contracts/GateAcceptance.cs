namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>Why a failed check is accepted and does not block: an exception in the exceptions file or a suppression in the code.</summary>
/// <param name="Origin"><c>exceptions-file</c> or <c>in-source</c> (a <c>checkov:skip</c> comment, a SARIF suppression).</param>
public sealed record GateAcceptance(string Reason, string? Owner, DateOnly? Expires, string Origin);

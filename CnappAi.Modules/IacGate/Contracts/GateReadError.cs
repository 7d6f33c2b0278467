namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>A record of the scan that could not be read, with where it is (a JSON pointer) and why.</summary>
public sealed record GateReadError(string Location, string Message);

namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>
/// The exceptions file (JSON): accepted exceptions, plus path globs that hold test or example code and the names of
/// dev-only workspaces, both of which mark issues as likely false positives.
/// </summary>
internal sealed record ExceptionsDocument(IReadOnlyList<ExceptionEntry>? Exceptions, IReadOnlyList<string>? TestPaths, IReadOnlyList<string>? DevWorkspaces)
{
    public static readonly ExceptionsDocument Empty = new([], [], []);
}

namespace CnappAi.Web.Cli;

/// <summary>The exit codes every verb uses.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some input was rejected or a check failed; the printed JSON says which.</summary>
    public const int Rejected = 1;

    public const int Usage = 2;
}

namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>
/// The gate cannot judge this input: the scan (or baseline, or exceptions file) is missing, malformed, or not a
/// SARIF or Checkov report. The message says which file and why, in words a developer can act on.
/// </summary>
public sealed class GateInputException : Exception
{
    public GateInputException()
    {
    }

    public GateInputException(string message)
        : base(message)
    {
    }

    public GateInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

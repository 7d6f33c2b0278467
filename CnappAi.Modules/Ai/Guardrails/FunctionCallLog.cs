namespace CnappAi.Modules.Ai.Guardrails;

/// <summary>The function calls of one model exchange, for provenance: allowed calls and refusals alike.</summary>
internal sealed class FunctionCallLog
{
    private readonly List<string> _calls = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public int Refused { get; private set; }

    public void Allowed(string name, string arguments)
    {
        lock (_gate)
        {
            _calls.Add($"{name}({arguments})");
        }
    }

    public void Refuse(string name, string arguments)
    {
        lock (_gate)
        {
            _calls.Add($"REFUSED {name}({arguments})");
            Refused++;
        }
    }
}

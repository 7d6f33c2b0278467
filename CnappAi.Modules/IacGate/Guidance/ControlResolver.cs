using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>The shared control (from the Correlation module's catalogue) a rule maps to, with its framework requirements.</summary>
internal static class ControlResolver
{
    public static GateControl? Resolve(string? controlId, string? resourceType) =>
        SharedControls.Find(controlId) is { } control
            ? new GateControl(control.Id, control.Title, ControlFrameworks.For(control.Id, resourceType))
            : null;
}

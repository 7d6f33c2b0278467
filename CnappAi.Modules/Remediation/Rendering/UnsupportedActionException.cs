namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>The action cannot be rendered for this finding (no code change, a resource the cloud action does not cover).</summary>
internal sealed class UnsupportedActionException(string message) : Exception(message);

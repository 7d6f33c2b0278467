using CnappAi.Modules.IacGate.Contracts;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>The words and the fix a developer gets for one failed check, and where they came from.</summary>
internal sealed record IssueExplanation(string Text, string Source, GateFix? Fix);

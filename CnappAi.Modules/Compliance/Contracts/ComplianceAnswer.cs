using CnappAi.Modules.Ai.Contracts;

namespace CnappAi.Modules.Compliance.Contracts;

/// <summary>
/// A plain-language compliance question answered by the AI module's query function, beside the framework's computed
/// posture (<see cref="Context"/>) so the reader can check the answer against the numbers.
/// </summary>
public sealed record ComplianceAnswer(string Question, string? FrameworkId, string Context, AiResult<QueryAnswer> Answer);

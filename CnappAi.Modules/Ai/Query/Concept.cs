using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ai.Query;

/// <summary>A security topic a question can name ("without encryption", "public", "MFA"), and the finding text that is about it.</summary>
internal sealed record Concept(string Name, Regex Question, Regex Finding);

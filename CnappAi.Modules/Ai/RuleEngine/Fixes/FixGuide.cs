namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Provider-neutral guidance for a control: the one-line instruction triage gives, the steps, the caveats.</summary>
/// <param name="Instruction">Imperative sentence with <c>{{name}}</c> for the resource, e.g. "Block public access on {{name}}."</param>
internal sealed record FixGuide(string Instruction, IReadOnlyList<string> Steps, IReadOnlyList<string> Caveats);

namespace CnappAi.Modules.Ai.Contracts;

/// <summary>The agent functions. Each has a versioned prompt template and a rule-engine twin that produces the same output.</summary>
public enum AiFunction
{
    Triage = 0,
    RiskExplanation = 1,
    FixGeneration = 2,
    NaturalLanguageQuery = 3,
    PolicyAsCode = 4,
    Investigation = 5,
    BriefingNarrative = 6,
}

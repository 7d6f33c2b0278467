namespace CnappAi.Modules.Ai.Contracts;

/// <summary>The label every output carries, wherever it is shown: which engine produced it.</summary>
public static class AiEngines
{
    /// <summary>The deterministic rule engine: the default without a model, and the fallback when the model fails.</summary>
    public const string RuleBased = "rule-based";

    /// <summary>A language model through Semantic Kernel.</summary>
    public const string Model = "model";
}

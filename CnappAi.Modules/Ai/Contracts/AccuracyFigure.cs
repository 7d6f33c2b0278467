namespace CnappAi.Modules.Ai.Contracts;

/// <summary>Reviewed outputs of one function, engine/provider and prompt version in one week.</summary>
/// <param name="Provider">The model provider and model, or <c>rule-based</c>.</param>
/// <param name="WeekStarting">Monday of the ISO week the outputs were produced in.</param>
public sealed record AccuracyFigure(AiFunction Function, string Provider, string PromptVersion, DateOnly WeekStarting, int Reviewed, int Correct)
{
    public double Accuracy => Reviewed == 0 ? 0 : (double)Correct / Reviewed;
}

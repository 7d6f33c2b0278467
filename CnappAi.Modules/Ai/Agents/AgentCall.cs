using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Llm;
using CnappAi.Modules.Ai.Prompts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>Everything needed to run one agent function either way: the model's prompt and checks, and the rule engine's twin.</summary>
/// <param name="PromptInput">The facts put into the prompt's data block (serialised, redacted, escaped, capped).</param>
internal sealed record AgentCall<T>(
    AiFunction Function,
    string Subject,
    PromptTemplate Template,
    string RuleSet,
    object PromptInput,
    IReadOnlyList<string> InputFindingIds,
    Func<CancellationToken, Task<T>> Rules,
    Func<ModelSession, IValidator<T>> Validator,
    IReadOnlySet<string> Allowed,
    Func<T, ModelSession, T>? Complete = null)
    where T : class;

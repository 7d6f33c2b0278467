using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Prompts;
using FluentValidation;

namespace CnappAi.Modules.Ai.Llm;

/// <summary>One agent call to the model: the template, the data block, the functions it may use, and how its reply is checked.</summary>
/// <param name="Complete">Fills a parsed reply from facts the model is not trusted with (timeline, citation titles) before validation.</param>
/// <param name="Validator">Built per call when it needs per-call state (the citation ledger).</param>
internal sealed record ModelRequest<T>(
    PromptTemplate Template,
    PromptData Data,
    IReadOnlySet<string> Allowed,
    Func<ModelSession, IValidator<T>> Validator,
    Func<T, ModelSession, T>? Complete = null)
    where T : class;

namespace CnappAi.Modules.Ai.Contracts;

/// <summary>One stored output of an agent function with its provenance. <see cref="Id"/> is how reviews and actions refer to it.</summary>
public sealed record AiResult<T>(Guid Id, AiFunction Function, string Engine, T Output, AiProvenance Provenance);

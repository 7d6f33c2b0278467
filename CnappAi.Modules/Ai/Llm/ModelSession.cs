using CnappAi.Modules.Ai.Guardrails;
using CnappAi.Modules.Ai.Plugins;
using Microsoft.SemanticKernel;

namespace CnappAi.Modules.Ai.Llm;

/// <summary>A kernel for one exchange, with the ledger and call log its plugins and filters write to.</summary>
internal sealed record ModelSession(Kernel Kernel, CitationLedger Ledger, FunctionCallLog Calls, IReadOnlySet<string> Allowed, string? ApiKey);

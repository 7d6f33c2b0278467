using System.Text.Json;

namespace CnappAi.Tests.Ai.Guardrails;

/// <summary>The prompt-injection strings under TestData/prompt-injection (see PROVENANCE.md there).</summary>
internal static class InjectionCorpus
{
    public static IReadOnlyList<(string Id, string Text)> Load() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "prompt-injection", "prompt_injection_corpus.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => (row.GetProperty("id").GetString()!, row.GetProperty("text").GetString()!)),
    ];
}

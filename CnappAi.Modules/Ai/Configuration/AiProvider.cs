namespace CnappAi.Modules.Ai.Configuration;

/// <summary>Where the model runs. OpenAiCompatible covers Ollama, vLLM and LM Studio (an OpenAI-style <c>/v1</c> endpoint).</summary>
internal enum AiProvider
{
    None = 0,
    OpenAi = 1,
    AzureOpenAi = 2,
    OpenAiCompatible = 3,
}

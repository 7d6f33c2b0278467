namespace CnappAi.Modules.Ai.Prompts;

/// <summary>
/// A versioned prompt: the system message (rules and output schema) and the task, whose <c>{{data}}</c> is replaced by
/// the delimited data block. Changing either text means a new <see cref="Version"/>, so accuracy is tracked per version.
/// </summary>
internal sealed record PromptTemplate(string Id, string Version, string System, string Task)
{
    public string Render(string dataBlock) => Task.Replace("{{data}}", dataBlock, StringComparison.Ordinal);
}

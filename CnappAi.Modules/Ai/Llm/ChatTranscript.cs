using System.Text;
using CnappAi.Modules.Ai.Guardrails;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace CnappAi.Modules.Ai.Llm;

/// <summary>The exchange as stored in provenance: every message and function call, secrets redacted; and its token count.</summary>
internal static class ChatTranscript
{
    public static string Render(ChatHistory history, IEnumerable<string> secrets)
    {
        var known = secrets.ToList();
        var text = new StringBuilder();
        foreach (var message in history)
        {
            foreach (var item in message.Items)
            {
                switch (item)
                {
                    case FunctionCallContent call:
                        text.Append("[assistant → function] ").Append(call.PluginName).Append('-').Append(call.FunctionName).Append('(')
                            .Append(string.Join(", ", call.Arguments?.Select(a => $"{a.Key}={a.Value}") ?? [])).AppendLine(")");
                        break;
                    case FunctionResultContent result:
                        text.Append("[function result] ").Append(result.PluginName).Append('-').Append(result.FunctionName).Append(": ")
                            .AppendLine(result.Result?.ToString());
                        break;
                    case TextContent content when !string.IsNullOrEmpty(content.Text):
                        text.Append('[').Append(message.Role.Label).AppendLine("]").AppendLine(content.Text);
                        break;
                }
            }

            text.AppendLine();
        }

        return SecretRedactor.Redact(text.ToString().TrimEnd(), known);
    }

    public static (int? Input, int? Output) Tokens(ChatHistory history)
    {
        int? input = null;
        int? output = null;
        foreach (var message in history.Where(m => m.Role == AuthorRole.Assistant))
        {
            if (message.Metadata?.TryGetValue("Usage", out var usage) == true && usage is OpenAI.Chat.ChatTokenUsage tokens)
            {
                input = (input ?? 0) + tokens.InputTokenCount;
                output = (output ?? 0) + tokens.OutputTokenCount;
            }
        }

        return (input, output);
    }
}

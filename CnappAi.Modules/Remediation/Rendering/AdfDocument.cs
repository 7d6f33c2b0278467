using System.Text.Json.Nodes;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>Builds Atlassian Document Format (Jira v3 rich text). Every text node is non-empty, as ADF requires.</summary>
internal sealed class AdfDocument
{
    private readonly JsonArray _content = [];

    public AdfDocument Paragraph(string text)
    {
        _content.Add(new JsonObject { ["type"] = "paragraph", ["content"] = new JsonArray(Text(text)) });
        return this;
    }

    public AdfDocument Heading(string text, int level = 3)
    {
        _content.Add(new JsonObject { ["type"] = "heading", ["attrs"] = new JsonObject { ["level"] = level }, ["content"] = new JsonArray(Text(text)) });
        return this;
    }

    public AdfDocument Bullets(IEnumerable<string> items) => List("bulletList", items);

    public AdfDocument Ordered(IEnumerable<string> items) => List("orderedList", items);

    public AdfDocument Code(string code, string language)
    {
        _content.Add(new JsonObject { ["type"] = "codeBlock", ["attrs"] = new JsonObject { ["language"] = language }, ["content"] = new JsonArray(Text(code)) });
        return this;
    }

    public AdfDocument Link(string text, string href)
    {
        var node = Text(text);
        node["marks"] = new JsonArray(new JsonObject { ["type"] = "link", ["attrs"] = new JsonObject { ["href"] = href } });
        _content.Add(new JsonObject { ["type"] = "paragraph", ["content"] = new JsonArray(node) });
        return this;
    }

    public JsonObject Build() => new() { ["type"] = "doc", ["version"] = 1, ["content"] = _content.DeepClone() };

    private AdfDocument List(string type, IEnumerable<string> items)
    {
        var list = new JsonArray();
        foreach (var item in items)
        {
            list.Add(new JsonObject { ["type"] = "listItem", ["content"] = new JsonArray(new JsonObject { ["type"] = "paragraph", ["content"] = new JsonArray(Text(item)) }) });
        }

        if (list.Count > 0)
        {
            _content.Add(new JsonObject { ["type"] = type, ["content"] = list });
        }

        return this;
    }

    private static JsonObject Text(string text) =>
        new() { ["type"] = "text", ["text"] = string.IsNullOrWhiteSpace(text) ? "-" : text };
}

using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsers.Sarif;

namespace CnappAi.Tests.Ingestion.Parsers.Sarif;

public class SarifMessagesTests
{
    [Theory]
    [InlineData("Variable \"{0}\" was declared [here]({1}).", "Variable \"ptr\" was declared [here](0).")]
    [InlineData("{{literal}} {0}", "{literal} ptr")]
    [InlineData("{2} stays", "{2} stays")]
    [InlineData("no placeholders", "no placeholders")]
    public void Fill_Template_SubstitutesArguments(string template, string expected) =>
        SarifMessages.Fill(template, ["ptr", "0"]).ShouldBe(expected);

    [Fact]
    public void Text_MessageIdWithRuleTemplate_UsesMessageStrings()
    {
        var rule = Parse("""{"id":"C2001","messageStrings":{"default":{"text":"Variable \"{0}\" was used without being initialized."}}}""");
        var message = Parse("""{"id":"default","arguments":["count"]}""");

        SarifMessages.Text(message, rule).ShouldBe("Variable \"count\" was used without being initialized.");
    }

    [Fact]
    public void Text_UnknownMessageId_ReturnsNull()
    {
        var rule = Parse("""{"id":"C2001","messageStrings":{"default":{"text":"x"}}}""");

        SarifMessages.Text(Parse("""{"id":"other"}"""), rule).ShouldBeNull();
        SarifMessages.Text(Parse("""{"id":"default"}"""), null).ShouldBeNull();
    }

    [Fact]
    public void Text_MarkdownOnly_UsesMarkdown() =>
        SarifMessages.Text(Parse("""{"markdown":"Use `{0}`","arguments":["sha256"]}"""), null).ShouldBe("Use `sha256`");

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

using System.Text;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsing;

public class FileSnifferTests
{
    [Fact]
    public void Sniff_WrappedArray_RecordsNestedKeyPaths()
    {
        var sniff = FileSniffer.Sniff(Encoding.UTF8.GetBytes("""{"Findings":[{"SchemaVersion":"2018-10-08","Resources":[{"Id":"x"}]}]}"""), complete: true);

        sniff.Kind.ShouldBe(ContentKind.Json);
        sniff.RootKind.ShouldBe(JsonValueKind.Object);
        sniff.Has("Findings").ShouldBeTrue();
        sniff.Has("Findings[].SchemaVersion").ShouldBeTrue();
        sniff.Has("Findings[].Resources[].Id").ShouldBeTrue();
    }

    [Fact]
    public void Sniff_RootArray_PrefixesElementKeys()
    {
        var sniff = FileSniffer.Sniff("""[{"Id":"1"}]"""u8, complete: true);

        sniff.RootKind.ShouldBe(JsonValueKind.Array);
        sniff.Has("[].Id").ShouldBeTrue();
    }

    [Fact]
    public void Sniff_OneObjectPerLine_IsNdjson()
    {
        var sniff = FileSniffer.Sniff("{\"id\":\"a\",\"status\":\"open\"}\n{\"id\":\"b\"}\n"u8, complete: true);

        sniff.Kind.ShouldBe(ContentKind.Ndjson);
        sniff.Has("status").ShouldBeTrue();
    }

    [Fact]
    public void Sniff_TruncatedHead_IsStillJson()
    {
        var sniff = FileSniffer.Sniff("""{"Findings":[{"Id":"1"},{"Id":"2","Ti"""u8, complete: false);

        sniff.Kind.ShouldBe(ContentKind.Json);
        sniff.Has("Findings[].Id").ShouldBeTrue();
    }

    [Theory]
    [InlineData("Id,Title,Severity\n1,a,b\n", ',')]
    [InlineData("Id;Title;Severity\n1;a;b\n", ';')]
    [InlineData("Id\tTitle\tSeverity\n1\ta\tb\n", '\t')]
    public void Sniff_DelimitedText_FindsHeaderAndDelimiter(string text, char delimiter)
    {
        var sniff = FileSniffer.Sniff(Encoding.UTF8.GetBytes(text), complete: true);

        sniff.Kind.ShouldBe(ContentKind.Csv);
        sniff.CsvDelimiter.ShouldBe(delimiter);
        sniff.HasColumns("id", "TITLE", "Severity").ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Sniff_Blank_IsEmpty(string text) =>
        FileSniffer.Sniff(Encoding.UTF8.GetBytes(text), complete: true).Kind.ShouldBe(ContentKind.Empty);

    [Fact]
    public void Sniff_PlainProse_IsUnknown() =>
        FileSniffer.Sniff("just some words\nand more words\n"u8, complete: true).Kind.ShouldBe(ContentKind.Unknown);

    [Fact]
    public void Sniff_Utf8BomAndUtf16Files_ReadAsUtf8Json()
    {
        using var files = new TempFiles();
        var bom = files.Write("bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""[{"Id":"1"}]""")]);
        var utf16 = files.Write("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("""[{"Id":"é"}]""")]);

        FileSniffer.Sniff(bom).Has("[].Id").ShouldBeTrue();
        FileSniffer.Sniff(utf16).Has("[].Id").ShouldBeTrue();
        using var reader = new StreamReader(InputDecoding.OpenUtf8(utf16), Encoding.UTF8);
        reader.ReadToEnd().ShouldBe("""[{"Id":"é"}]""");
    }
}

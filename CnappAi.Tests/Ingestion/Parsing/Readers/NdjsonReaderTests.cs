using System.Text;
using CnappAi.Modules.Ingestion.Parsing.Readers;

namespace CnappAi.Tests.Ingestion.Parsing.Readers;

public class NdjsonReaderTests
{
    [Fact]
    public async Task ReadAsync_BadLinesAreRejectedAlone_OthersParse()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":1}\r\n{\"id\":2,\n\n{\"id\":\""));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"id\":4}"));

        var lines = await ReadAsync(bytes.ToArray());

        lines.Count.ShouldBe(4);
        lines[0].Error.ShouldBeNull();
        lines[1].Location.ShouldBe("line 2");
        lines[1].Error!.ShouldContain("malformed JSON");
        lines[2].Location.ShouldBe("line 4");
        lines[2].Error.ShouldBe("line is not valid UTF-8 (re-export the file as UTF-8)");
        lines[3].Element.GetProperty("id").GetInt32().ShouldBe(4);
    }

    [Fact]
    public async Task ReadAsync_TwoValuesOnOneLine_IsRejected()
    {
        var lines = await ReadAsync(Encoding.UTF8.GetBytes("{\"a\":1} {\"b\":2}\n"));

        lines.Single().Error.ShouldBe("unexpected data after the JSON value at column 9");
    }

    private static async Task<List<NdjsonLine>> ReadAsync(byte[] content)
    {
        var lines = new List<NdjsonLine>();
        await foreach (var line in NdjsonReader.ReadAsync(new MemoryStream(content), CancellationToken.None))
        {
            lines.Add(line);
        }

        return lines;
    }
}

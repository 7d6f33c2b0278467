using System.Text;
using CnappAi.Modules.Ingestion.Parsing.Readers;

namespace CnappAi.Tests.Ingestion.Parsing.Readers;

public class CsvRowReaderTests
{
    [Fact]
    public async Task ReadAsync_RowWithMissingColumn_IsRejectedWithItsLine()
    {
        var reads = await ReadAsync("Id,Title,Severity\n1,Open port,High\n2,Missing severity\n3,\"Quoted, title\",Low\n", ',');

        reads.Count.ShouldBe(3);
        reads[0].Row!.Get("title").ShouldBe("Open port");
        reads[1].Row.ShouldBeNull();
        reads[1].Location.ShouldBe("line 3");
        reads[1].Error!.ShouldContain("2 fields but the header has 3");
        reads[2].Row!.Get("Title").ShouldBe("Quoted, title");
    }

    [Fact]
    public async Task ReadAsync_QuoteInsideUnquotedField_IsReadLiterally()
    {
        var reads = await ReadAsync("Id,Title\n1,The \"root\" account is used\n", ',');

        reads.Single().Row!.Get("Title").ShouldBe("The \"root\" account is used");
    }

    [Fact]
    public async Task ReadAsync_SemicolonDelimited_ReadsFields()
    {
        var reads = await ReadAsync("A;B\nx;y\n", ';');

        reads.Single().Row!.Get("B").ShouldBe("y");
    }

    [Fact]
    public async Task ReadAsync_BlankRows_AreSkipped()
    {
        var reads = await ReadAsync("A,B\n\n,\nx,y\n", ',');

        reads.Single().Row!.Get("A").ShouldBe("x");
    }

    private static async Task<List<CsvRead>> ReadAsync(string csv, char delimiter)
    {
        var reads = new List<CsvRead>();
        await foreach (var read in CsvRowReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), delimiter, CancellationToken.None))
        {
            reads.Add(read);
        }

        return reads;
    }
}

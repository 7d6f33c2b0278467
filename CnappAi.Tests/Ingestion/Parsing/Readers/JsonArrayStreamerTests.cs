using System.Text;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsing.Readers;

public class JsonArrayStreamerTests
{
    [Fact]
    public async Task ReadAsync_RootArray_YieldsEachElementWithPointer()
    {
        var records = await ReadAsync("""[{"id":1},{"id":2},{"id":3}]""", string.Empty);

        records.Select(r => r.Pointer).ShouldBe(["/0", "/1", "/2"]);
        records.Select(r => r.Element.GetProperty("id").GetInt32()).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task ReadAsync_NestedPath_SkipsOtherPropertiesAndFindsArray()
    {
        var json = """{"meta":{"nodes":[{"id":"wrong"}]},"data":{"issues":{"pageInfo":{"hasNextPage":false},"nodes":[{"id":"a"},{"id":"b"}]}}}""";

        var records = await ReadAsync(json, "data.issues.nodes");

        records.Select(r => r.Element.GetProperty("id").GetString()).ShouldBe(["a", "b"]);
        records[1].Pointer.ShouldBe("/data/issues/nodes/1");
    }

    [Fact]
    public async Task ReadAsync_ElementsLargerThanTheBuffer_AreReadWhole()
    {
        var big = new string('x', 300_000);
        var json = $$"""{"skip":"{{big}}","Findings":[{"id":"1","blob":"{{big}}"},{"id":"2"}]}""";

        var records = await ReadAsync(json, "Findings", chunk: 1000);

        records.Count.ShouldBe(2);
        records[0].Element.GetProperty("blob").GetString()!.Length.ShouldBe(big.Length);
    }

    [Fact]
    public async Task ReadAsync_TruncatedDocument_YieldsCompleteRecordsThenFailsWithLocation()
    {
        var records = new List<JsonRecord>();
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"Findings":[{"id":"1"},{"id":"2"},{"id":"3","tit"""));

        var error = await Should.ThrowAsync<MalformedInputException>(async () =>
        {
            await foreach (var record in JsonArrayStreamer.ReadAsync(stream, "Findings", CancellationToken.None))
            {
                records.Add(record);
            }
        });

        records.Count.ShouldBe(2);
        error.Location.ShouldContain("/Findings/2");
    }

    [Fact]
    public async Task ReadAsync_SyntaxErrorInsideRecord_NamesLineAndRecord()
    {
        var json = "[\n{\"id\":1},\n{\"id\":2,,}\n]";

        var error = await Should.ThrowAsync<MalformedInputException>(() => ReadAsync(json, string.Empty));

        error.Location.ShouldContain("/1");
        error.Location.ShouldContain("line 3");
    }

    [Fact]
    public async Task ReadAsync_PathAbsent_YieldsNothing()
    {
        var records = await ReadAsync("""{"other":[1,2]}""", "Findings");

        records.ShouldBeEmpty();
    }

    private static async Task<List<JsonRecord>> ReadAsync(string json, string path, int chunk = 0)
    {
        Stream stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        if (chunk > 0)
        {
            stream = new TrickleStream(stream, chunk);
        }

        var records = new List<JsonRecord>();
        await foreach (var record in JsonArrayStreamer.ReadAsync(stream, path, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}

using System.Text;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;

namespace CnappAi.Tests.Normalization.Data;

/// <summary>Raw records are stored compressed, read back verbatim, and rows written as plain text before still read.</summary>
public class RawRecordCodecTests
{
    public static TheoryData<string> Records() => new()
    {
        string.Empty,
        "{}",
        "{\"id\":\"w-1\",\"title\":\"Zürich 東京 🚀\",\"nested\":{\"a\":[1,2,3]}}",
        "id,title\r\n\"1\",\"quoted, comma\"",
        new string('x', 200_000),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void EncodeThenDecode_GivesTheRecordBack(string raw) =>
        RawRecordCodec.Decode(RawRecordCodec.Encode(raw)).ShouldBe(raw);

    [Fact]
    public void Decode_PlainUtf8Text_ReadsItAsStored() =>
        RawRecordCodec.Decode(Encoding.UTF8.GetBytes("{\"legacy\":\"é\"}")).ShouldBe("{\"legacy\":\"é\"}");

    [Fact]
    public void Encode_VendorJson_IsClearlySmaller()
    {
        var raw = File.ReadAllText(FixtureFiles.Get("wiz/elastic-integrations/vulnerability/test-vulnerability.log"));

        RawRecordCodec.Encode(raw).Length.ShouldBeLessThan(Encoding.UTF8.GetByteCount(raw) * 3 / 4);
    }

    [Fact]
    public async Task StoredRecord_IsCompressedOnDisk_AndAPlainTextRowStillReads()
    {
        await using var services = await TestServices.CreateAsync();
        var store = services.Get<INormalizationFacade>();
        var observation = Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228") with { RawRecord = "{\"finding\":\"" + new string('a', 4000) + "\"}" };
        var id = (await store.StoreAsync([new FindingWrite(observation, "cluster-1", 5, 3, "f.json", "/0")], CancellationToken.None)).FindingIds[0];

        await using (var connection = new SqliteConnection($"Data Source={services.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT typeof(Raw), length(Raw) FROM normalization_raw_records WHERE FindingId = $id";
            read.Parameters.AddWithValue("$id", id);
            await using (var reader = await read.ExecuteReaderAsync())
            {
                (await reader.ReadAsync()).ShouldBeTrue();
                reader.GetString(0).ShouldBe("blob");
                reader.GetInt64(1).ShouldBeLessThan(observation.RawRecord.Length / 4);
            }

            await using var legacy = connection.CreateCommand();
            legacy.CommandText = "UPDATE normalization_raw_records SET Raw = '{\"written\":\"as text\"}' WHERE FindingId = $id";
            legacy.Parameters.AddWithValue("$id", id);
            await legacy.ExecuteNonQueryAsync();
        }

        (await store.GetRawRecordAsync(id, CancellationToken.None)).ShouldBe("{\"written\":\"as text\"}");
    }
}

using System.Text.Json;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.ImportFiles;

[Collection(SerialTestGroup.Name)]
public class LargeFileImportTests
{
    private const int Records = 2_000;
    private const int DescriptionChars = 100_000;

    [Fact]
    public async Task ImportAsync_200MegabyteExport_StreamsWithBoundedMemory()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var path = Path.Combine(files.Directory, "big-asff.json");
        WriteBigAsff(path);
        new FileInfo(path).Length.ShouldBeGreaterThan(200L * 1000 * 1000);

        ImportSummary summary;
        long growth;
        using (var memory = new PeakMemory())
        {
            summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([path]), CancellationToken.None);
            growth = memory.PeakGrowthBytes;
        }

        summary.Rejected.ShouldBe(0);
        summary.Observations.ShouldBe(Records);
        summary.New.ShouldBe(Records);

        // Loading the file whole would need well over 400 MB (UTF-8 bytes plus UTF-16 strings); batches are capped at 16M chars.
        growth.ShouldBeLessThan(100L * 1024 * 1024, $"peak managed heap growth was {growth / (1024 * 1024)} MB");
    }

    private static void WriteBigAsff(string path)
    {
        var template = JsonDocument.Parse(File.ReadAllText(FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json"))).RootElement[0];
        var description = new string('d', DescriptionChars);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray("Findings");
        for (var i = 0; i < Records; i++)
        {
            writer.WriteStartObject();
            foreach (var property in template.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "Id":
                        writer.WriteString("Id", $"big-{i}");
                        break;
                    case "Description":
                        writer.WriteString("Description", description);
                        break;
                    default:
                        property.WriteTo(writer);
                        break;
                }
            }

            writer.WriteEndObject();
            if (i % 100 == 0)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.ImportFiles;

public class ImportFilesTests
{
    private const string AsffFive = "aws_securityhub/defectdojo/asff/many_vulns.json";

    [Fact]
    public async Task ImportAsync_SameFileTwice_SecondRunChangesNothing()
    {
        await using var services = await TestServices.CreateAsync();
        var ingestion = services.Get<IIngestionFacade>();
        var request = new ImportRequest([FixtureFiles.Get(AsffFive)]);

        var first = await ingestion.ImportAsync(request, CancellationToken.None);
        var second = await ingestion.ImportAsync(request, CancellationToken.None);

        first.New.ShouldBe(5);
        first.Rejected.ShouldBe(0);
        second.New.ShouldBe(0);
        second.Updated.ShouldBe(0);
        second.Unchanged.ShouldBe(5);
        (await services.Get<INormalizationFacade>().GetTotalsAsync(CancellationToken.None)).All.ShouldBe(5);
    }

    [Fact]
    public async Task ImportAsync_ChangedRecord_IsCountedAsUpdated()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var document = JsonNode.Parse(File.ReadAllText(FixtureFiles.Get(AsffFive)))!;
        var path = files.Write("asff.json", document.ToJsonString());
        await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([path]), CancellationToken.None);
        document[0]!["Title"] = "A new title from the vendor";
        File.WriteAllText(path, document.ToJsonString());

        var summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([path]), CancellationToken.None);

        summary.Updated.ShouldBe(1);
        summary.Unchanged.ShouldBe(4);
    }

    [Fact]
    public async Task ImportAsync_TruncatedJson_StoresCompleteRecordsAndNamesTheBreak()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var text = File.ReadAllText(FixtureFiles.Get(AsffFive));
        var fourth = IndexOfNth(text, "\"SchemaVersion\"", 4);
        var path = files.Write("truncated.json", text[..(fourth + 40)]);

        var summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([path]), CancellationToken.None);

        summary.Observations.ShouldBe(3);
        summary.Rejected.ShouldBe(1);
        var error = summary.Errors.Single();
        error.File.ShouldBe(path);
        error.Location.ShouldStartWith("/3 (line ");
        error.Message.ShouldContain("JSON");
    }

    [Fact]
    public async Task ImportAsync_RecordWithoutId_IsQuarantinedAndTheRestStored()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var document = JsonNode.Parse(File.ReadAllText(FixtureFiles.Get(AsffFive)))!;
        document.AsArray()[1]!.AsObject().Remove("Id");
        var path = files.Write("missing-id.json", document.ToJsonString());

        var summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([path]), CancellationToken.None);

        summary.Observations.ShouldBe(4);
        summary.Rejected.ShouldBe(1);
        summary.Errors.Single().Location.ShouldBe("/1");
        summary.Errors.Single().Message.ShouldContain("id");
    }

    [Fact]
    public async Task ImportAsync_MixedDirectory_ReportsEveryFile()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        File.Copy(FixtureFiles.Get(AsffFive), Path.Combine(files.Directory, "a-asff.json"));
        files.Write("b-empty.json", string.Empty);
        files.Write("c-notes.log", "this is not an export\nat all\n");
        files.Write("d-no-findings.json", "[]");
        files.Write("README.md", "# exports from last week");

        var summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([files.Directory]), CancellationToken.None);

        summary.Files.ShouldBe(4);
        summary.Observations.ShouldBe(5);
        summary.PerFile.Select(f => Path.GetFileName(f.Path)).ShouldBe(["a-asff.json", "b-empty.json", "c-notes.log", "d-no-findings.json"]);
        summary.PerFile[0].Source.ShouldBe("aws-securityhub");
        summary.PerFile[3].Format.ShouldBe("empty-json");
        summary.Errors.Select(e => Path.GetFileName(e.File)).ShouldBe(["b-empty.json", "c-notes.log"]);
        summary.Errors[0].Message.ShouldContain("empty file");
        summary.Errors[1].Message.ShouldContain("unknown format");
    }

    [Fact]
    public async Task ImportAsync_MissingPath_IsAnErrorNotACrash()
    {
        await using var services = await TestServices.CreateAsync();

        var summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest(["/no/such/export.json"]), CancellationToken.None);

        summary.Rejected.ShouldBe(1);
        summary.Errors.Single().Message.ShouldBe("no such file or directory");
    }

    [Fact]
    public async Task ImportAsync_NaughtyStringsInTitles_AreStoredVerbatim()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        var template = JsonNode.Parse(File.ReadAllText(FixtureFiles.Get(AsffFive)))![0]!;
        var findings = new JsonArray();
        foreach (var (text, i) in NaughtyStrings.Sample.Select((s, i) => (s, i)))
        {
            var finding = template.DeepClone();
            finding["Id"] = $"naughty-{i}";
            finding["Title"] = text;
            findings.Add(finding);
        }

        var path = files.Write("naughty.json", new JsonObject { ["Findings"] = findings }.ToJsonString());

        var summary = await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([path]), CancellationToken.None);

        var blank = NaughtyStrings.Sample.Count(string.IsNullOrWhiteSpace);
        summary.Observations.ShouldBe(NaughtyStrings.Sample.Count - blank);
        summary.Rejected.ShouldBe(blank);
        var stored = await services.Get<INormalizationFacade>().QueryAsync(new FindingQuery { Take = 1000 }, CancellationToken.None);
        stored.Items.Select(f => f.Title).ShouldBe(NaughtyStrings.Sample.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()), ignoreOrder: true);
    }

    private static int IndexOfNth(string text, string value, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        return index;
    }
}

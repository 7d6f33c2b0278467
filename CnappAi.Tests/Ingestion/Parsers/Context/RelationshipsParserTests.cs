using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Context;

public class RelationshipsParserTests
{
    private const string Role = "arn:aws:iam::111122223333:role/deployer";
    private const string Account = "//iam.googleapis.com/projects/acme-data/serviceAccounts/export@acme-data.iam.gserviceaccount.com";

    [Fact]
    public async Task Parse_JsonExport_IsRecognisedWithoutObservations()
    {
        using var files = new TempFiles();
        var path = files.Write("relationships.json", $$"""
            {"schema":"cnappai-relationships/1","edges":[
              {"source":"internet","target":"k8s://c1/payments/deployment/api","relationship":"exposes"},
              {"source":"k8s://c1/payments/deployment/api","target":"{{Role}}","relationship":"holds-credential-for","detail":"secret"},
              {"source":"{{Role}}","target":"{{Account}}","relationship":"federates-to"}
            ]}
            """);

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldBe("relationships-json");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldBeEmpty();
    }

    [Fact]
    public async Task Parse_JsonEdgeWithUnknownRelationshipOrTarget_IsRejectedAtItsPointer()
    {
        using var files = new TempFiles();
        var path = files.Write("relationships.json", $$"""
            {"edges":[
              {"source":"{{Role}}","target":"{{Account}}","relationship":"federates-to"},
              {"source":"{{Role}}","target":"{{Account}}","relationship":"likes"},
              {"source":"{{Role}}","target":"internet","relationship":"can-read"}
            ]}
            """);

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Rejections.Select(r => r.Location).ShouldBe(["/edges/1", "/edges/2"]);
        parsed.Rejections[0].Error.ShouldNotBeNull().ShouldContain("relationship 'likes'");
        parsed.Rejections[1].Error.ShouldNotBeNull().ShouldContain("target 'internet'");
    }

    [Fact]
    public async Task Parse_CsvExport_IsRecognisedAndChecksEachRow()
    {
        using var files = new TempFiles();
        var path = files.Write("edges.csv", $"source,target,relationship,detail\n{Role},{Account},federates-to,pool\n{Role},somewhere,can-read,\n");

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldBe("relationships-csv");
        parsed.Observations.ShouldBeEmpty();
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("line 3");
        rejection.Error.ShouldNotBeNull().ShouldContain("target 'somewhere'");
    }

    [Fact]
    public async Task Detect_CsvWithMoreThanTheEdgeColumns_IsNotClaimed()
    {
        using var files = new TempFiles();
        var path = files.Write("flows.csv", $"source,target,relationship,bytes\n{Role},{Account},federates-to,12\n");

        var parsed = await ParserHarness.ParseAsync(path);

        parsed.Format.ShouldNotBe("relationships-csv");
    }
}

using Bunit;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Findings;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace CnappAi.Tests.Web.Pages.Findings;

public class ImportPanelTests : BunitTestBase
{
    private readonly IIngestionFacade _ingestion = Substitute.For<IIngestionFacade>();

    public ImportPanelTests() => Services.AddSingleton(_ingestion);

    [Fact]
    public void Upload_ImportsEachFileUnderItsOwnName_AndReportsTheOutcome()
    {
        var imported = new List<string>();
        _ingestion.ImportAsync(Arg.Any<ImportRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var path = call.Arg<ImportRequest>().Paths.Single();
            imported.Add($"{Path.GetFileName(path)}={File.ReadAllText(path)}");
            return new ImportSummary(Guid.NewGuid(), 1, 3, 3, 3, 0, 0, 1, [new ImportError(path, "/Findings/2", "no resource id")], []);
        });
        var done = 0;
        var panel = Render<ImportPanel>(p => p.Add(x => x.OnImported, () => done++));

        panel.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("{\"a\":1}", "wiz.json"),
            InputFileContent.CreateFromText("id,title", "prisma.csv"));

        panel.WaitForAssertion(() => panel.Find("[data-testid=import-progress]").TextContent.ShouldContain("Imported 2 file(s): 6 new, 0 updated, 2 rejected."));
        imported.ShouldBe(["wiz.json={\"a\":1}", "prisma.csv=id,title"]);
        panel.Markup.ShouldContain("wiz.json /Findings/2: no resource id");
        done.ShouldBe(1);
    }
}

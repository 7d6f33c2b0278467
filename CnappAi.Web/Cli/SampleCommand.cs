using System.CommandLine;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Web.Extensions;
using FluentValidation;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>sample [--out dir] [--assets N] [--seed S] [--as-of yyyy-MM-dd]</c>: writes a deterministic multi-cloud tenant in
/// the vendors' own formats and prints its summary as JSON. It only writes files, so unlike the other verbs it does
/// not start the host (which would create and migrate a database nobody asked for).
/// </summary>
internal static class SampleCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outDir = new Option<string>("--out") { Description = "Folder to write the tenant into (empty, new, or an earlier sample).", DefaultValueFactory = _ => "./sample-tenant" };
        var assets = new Option<int>("--assets") { Description = "Number of resources in the estate (about 10 findings each).", DefaultValueFactory = _ => SampleRequest.DefaultAssets };
        var seed = new Option<int>("--seed") { Description = "Chooses the estate; the same seed, size and date give the same bytes.", DefaultValueFactory = _ => SampleRequest.DefaultSeed };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Date every timestamp derives from (yyyy-MM-dd); default today (UTC)." };
        var command = new Command("sample", "Write a deterministic sample tenant in the vendors' own export formats.") { outDir, assets, seed, asOf };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = new ServiceCollection().AddSampleTenant().UseLocalOperator().BuildServiceProvider();
            var request = new SampleRequest(parse.GetValue(outDir) ?? "./sample-tenant", parse.GetValue(assets), parse.GetValue(seed), parse.GetValue(asOf));
            try
            {
                var summary = await services.GetRequiredService<ISampleTenantFacade>().WriteAsync(request, ct).ConfigureAwait(false);
                await CliJson.WriteAsync(output, summary).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (ValidationException ex)
            {
                await error.WriteLineAsync(string.Join(Environment.NewLine, ex.Errors.Select(e => e.ErrorMessage))).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}

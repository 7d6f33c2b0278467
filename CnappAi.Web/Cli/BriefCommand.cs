using System.CommandLine;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Briefings.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>brief [--db path] [--out file]</c>: generates an executive briefing now (stored and listed like a scheduled one)
/// and prints the path of the report: the HTML export, or <c>--out</c> with the export its extension names
/// (<c>.html</c>, <c>.md</c>, <c>.pdf</c>, <c>.json</c>).
/// </summary>
internal static class BriefCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Option<FileInfo?>("--out") { Description = "Copy the report here; the extension picks the format (.html default, .md, .pdf, .json)." };
        var command = new Command("brief", "Generate an executive briefing now and print the path of the report.") { CommonOptions.Database, target };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
                var briefings = host.Services.GetRequiredService<IBriefingsFacade>();
                var briefing = await briefings.GenerateAsync(BriefingTriggers.CommandLine, ct).ConfigureAwait(false);
                var outFile = parse.GetValue(target);
                var format = FormatOf(outFile?.Extension);
                var file = await briefings.GetFileAsync(briefing.Summary.Id, format, ct).ConfigureAwait(false);
                if (file is null)
                {
                    await error.WriteLineAsync(format == BriefingFormat.Pdf ? $"PDF {briefing.Summary.PdfStatus}" : "the report was not written").ConfigureAwait(false);
                    return ExitCodes.Rejected;
                }

                var path = file.Path;
                if (outFile is not null)
                {
                    outFile.Directory?.Create();
                    File.Copy(file.Path, outFile.FullName, overwrite: true);
                    path = outFile.FullName;
                }

                await output.WriteLineAsync(path).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (OptionsValidationException ex)
            {
                await error.WriteLineAsync($"invalid configuration: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static BriefingFormat FormatOf(string? extension) => extension?.ToLowerInvariant() switch
    {
        ".md" or ".markdown" => BriefingFormat.Markdown,
        ".pdf" => BriefingFormat.Pdf,
        ".json" => BriefingFormat.Json,
        _ => BriefingFormat.Html,
    };
}

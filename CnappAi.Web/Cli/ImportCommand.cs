using System.CommandLine;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Web.Cli;

/// <summary><c>import &lt;file-or-dir&gt;... [--source name] [--db path]</c>: prints the import summary as JSON.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("file-or-dir") { Arity = ArgumentArity.OneOrMore, Description = "Export files or folders to import (folders are read recursively)." };
        var source = new Option<string?>("--source") { Description = "Read the files as this source's formats instead of detecting (wiz, prisma, orca, lacework, aws-securityhub, ...)." };
        var command = new Command("import", "Detect, normalize, correlate, score and store vendor exports.") { paths, source, CommonOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var ingestion = host.Services.GetRequiredService<IIngestionFacade>();
            var sourceName = parse.GetValue(source);
            if (sourceName is not null && !ingestion.KnownSources.Contains(sourceName, StringComparer.OrdinalIgnoreCase))
            {
                await error.WriteLineAsync($"unknown source '{sourceName}'; known sources: {string.Join(", ", ingestion.KnownSources)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var summary = await ingestion.ImportAsync(new ImportRequest(parse.GetValue(paths) ?? [], sourceName), ct).ConfigureAwait(false);
            await CliJson.WriteAsync(output, ImportOutput.From(summary)).ConfigureAwait(false);
            return summary.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The printed shape: the documented keys first, then the run id for finding its quarantine.</summary>
    private sealed record ImportOutput(
        int Files, int Observations, int Findings, int New, int Updated, int Unchanged, int Rejected,
        IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportFileSummary> PerFile, Guid RunId)
    {
        public static ImportOutput From(ImportSummary s) =>
            new(s.Files, s.Observations, s.Findings, s.New, s.Updated, s.Unchanged, s.Rejected, s.Errors, s.PerFile, s.RunId);
    }
}

using CnappAi.Modules.Correlation;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using FluentValidation;
using Microsoft.Extensions.Logging;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>
/// The file import pipeline: detect → parse (streamed) → validate → correlate → score → store in
/// batches. Each batch commits on its own, so an interrupted import keeps every acknowledged batch and a
/// re-run only finds them unchanged. Rejections go to the quarantine with file, location and reason.
/// </summary>
internal sealed class ImportFilesHandler(
    FormatDetector detector,
    IValidator<NormalizedObservation> validator,
    INormalizationFacade findings,
    ICorrelationFacade correlation,
    IRiskFacade risk,
    ImportRunLog runs,
    ILogger<ImportFilesHandler> logger)
{
    internal const int BatchSize = 2000;

    /// <summary>A batch also closes at this many characters of raw records, so a file of huge records cannot hold hundreds of MB in one transaction.</summary>
    internal const long BatchChars = 16 * 1024 * 1024;

    public async Task<ImportSummary> HandleAsync(ImportRequest request, CancellationToken ct)
    {
        var tally = new ImportTally(await runs.StartAsync(ct).ConfigureAwait(false));
        var (files, missing) = InputFiles.Expand(request.Paths);
        foreach (var path in missing)
        {
            tally.FileError(path, "no such file or directory");
        }

        foreach (var file in files)
        {
            await ImportFileAsync(file, request.Source, tally, ct).ConfigureAwait(false);
            await runs.QuarantineAsync(tally.RunId, tally.TakeQuarantine(), ct).ConfigureAwait(false);
        }

        var summary = tally.ToSummary(files.Count);
        await runs.FinishAsync(summary, ct).ConfigureAwait(false);
        return summary;
    }

    private async Task ImportFileAsync(string path, string? source, ImportTally tally, CancellationToken ct)
    {
        FileSniff sniff;
        try
        {
            sniff = FileSniffer.Sniff(path);
        }
        catch (IOException ex)
        {
            tally.FileError(path, $"cannot read file: {ex.Message}");
            return;
        }
        catch (UnauthorizedAccessException ex)
        {
            tally.FileError(path, $"cannot read file: {ex.Message}");
            return;
        }

        var detection = detector.Detect(sniff, source);
        if (detection.Parser is not { } parser)
        {
            tally.FileError(path, detection.Error ?? "unknown format");
            return;
        }

        var file = tally.BeginFile(path, parser.Source, parser.Format);
        var batch = new List<FindingWrite>(BatchSize);
        long batchChars = 0;
        var input = new ParseInput(path, sniff, () => InputDecoding.OpenUtf8(path));
        try
        {
            await foreach (var result in parser.ParseAsync(input, ct).ConfigureAwait(false))
            {
                if (Accept(result, path, file, tally) is { } write)
                {
                    batch.Add(write);
                    batchChars += write.Observation.RawRecord.Length;
                }

                if (batch.Count >= BatchSize || batchChars >= BatchChars || tally.PendingQuarantine >= BatchSize)
                {
                    await FlushAsync(batch, tally, ct).ConfigureAwait(false);
                    batchChars = 0;
                }
            }
        }
        catch (IOException ex)
        {
            tally.Reject(file, path, "file", $"read failed: {ex.Message}", null);
        }

        await FlushAsync(batch, tally, ct).ConfigureAwait(false);
        logger.LogInformation("Imported {Path} as {Format}: {Observations} observations, {Rejected} rejected", path, parser.Format, file.Observations, file.Rejected);
    }

    private FindingWrite? Accept(ParseResult result, string path, FileTally file, ImportTally tally)
    {
        if (result.Observation is not { } observation)
        {
            tally.Reject(file, path, result.Location, result.Error ?? "rejected", result.Raw);
            return null;
        }

        var validation = validator.Validate(observation);
        if (!validation.IsValid)
        {
            var reason = string.Join("; ", validation.Errors.Select(e => e.ErrorMessage).Distinct());
            tally.Reject(file, path, result.Location, reason, observation.RawRecord);
            return null;
        }

        observation = ObservationTrimmer.Trim(observation);
        file.Observations++;
        var score = risk.ScoreAtImport(observation);
        return new FindingWrite(observation, correlation.ClusterIdOf(observation), score.Score, score.Priority, path, result.Location);
    }

    private async Task FlushAsync(List<FindingWrite> batch, ImportTally tally, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var stored = await findings.StoreAsync(batch, ct).ConfigureAwait(false);
        tally.Stored(stored);
        batch.Clear();
        await runs.QuarantineAsync(tally.RunId, tally.TakeQuarantine(), ct).ConfigureAwait(false);
    }
}

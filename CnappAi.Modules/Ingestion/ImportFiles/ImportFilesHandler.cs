using CnappAi.Modules.Assets;
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
/// batches, then one correlate-and-score pass over what the import changed (see <see cref="ImportEnrichment"/>).
/// Each batch commits on its own, so an interrupted import keeps every acknowledged batch and a re-run only finds
/// them unchanged. Rejections go to the quarantine with file, location and reason.
/// </summary>
internal sealed class ImportFilesHandler(
    FormatDetector detector,
    IValidator<NormalizedObservation> validator,
    INormalizationFacade findings,
    IAssetsFacade assets,
    ICorrelationFacade correlation,
    IRiskFacade risk,
    ImportRunLog runs,
    TimeProvider clock,
    ILogger<ImportFilesHandler> logger)
{
    private readonly ImportEnrichment _enrichment = new(assets, correlation, risk);

    internal const int BatchSize = 2000;

    /// <summary>A batch also closes at this many characters of raw records, so a file of huge records cannot hold hundreds of MB in one transaction.</summary>
    internal const long BatchChars = 16 * 1024 * 1024;

    public async Task<ImportSummary> HandleAsync(ImportRequest request, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var tally = new ImportTally(await runs.StartAsync(ct).ConfigureAwait(false));
        await _enrichment.PrepareAsync(ct).ConfigureAwait(false);
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

        await _enrichment.CompleteAsync(startedAt, ct).ConfigureAwait(false);
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
        var batch = new List<(NormalizedObservation, string)>(BatchSize);
        long batchChars = 0;
        var input = new ParseInput(path, sniff, () => InputDecoding.OpenUtf8(path));
        try
        {
            await foreach (var result in parser.ParseAsync(input, ct).ConfigureAwait(false))
            {
                if (Accept(result, path, file, tally) is { } observation)
                {
                    batch.Add((observation, result.Location));
                    batchChars += observation.RawRecord.Length;
                }

                if (batch.Count >= BatchSize || batchChars >= BatchChars || tally.PendingQuarantine >= BatchSize)
                {
                    await FlushAsync(batch, path, tally, ct).ConfigureAwait(false);
                    batchChars = 0;
                }
            }
        }
        catch (IOException ex)
        {
            tally.Reject(file, path, "file", $"read failed: {ex.Message}", null);
        }

        await FlushAsync(batch, path, tally, ct).ConfigureAwait(false);
        await _enrichment.ApplyContextFileAsync(path, parser.Source, ct).ConfigureAwait(false);

        logger.LogInformation("Imported {Path} as {Format}: {Observations} observations, {Rejected} rejected", path, parser.Format, file.Observations, file.Rejected);
    }

    private NormalizedObservation? Accept(ParseResult result, string path, FileTally file, ImportTally tally)
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

        file.Observations++;
        return ObservationTrimmer.Trim(observation);
    }

    private async Task FlushAsync(List<(NormalizedObservation, string)> batch, string path, ImportTally tally, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var writes = await _enrichment.EnrichAsync(batch, path, ct).ConfigureAwait(false);
        var stored = await findings.StoreAsync(writes, ct).ConfigureAwait(false);
        tally.Stored(stored);
        batch.Clear();
        await runs.QuarantineAsync(tally.RunId, tally.TakeQuarantine(), ct).ConfigureAwait(false);
    }
}

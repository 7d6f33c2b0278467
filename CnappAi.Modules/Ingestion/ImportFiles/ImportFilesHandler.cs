using System.Diagnostics;
using System.Threading.Channels;
using CnappAi.Modules.Assets;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using FluentValidation;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>
/// The file import pipeline: detect → parse (streamed) → validate → correlate → score → store in
/// batches, then one correlate-and-score pass over what the import changed (see <see cref="ImportEnrichment"/>).
/// Parsing runs on one thread and hands full batches over a bounded channel to the thread that correlates, scores
/// and stores them, so both cores work and memory holds at most a few batches. Each batch commits on its own, in
/// file order, so an interrupted import keeps every acknowledged batch and a re-run only finds them unchanged.
/// Rejections go to the quarantine with file, location and reason.
/// </summary>
internal sealed class ImportFilesHandler(
    FormatDetector detector,
    IValidator<NormalizedObservation> validator,
    INormalizationFacade findings,
    IAssetsFacade assets,
    ICorrelationFacade correlation,
    IRiskFacade risk,
    ImportRunLog runs,
    IAttackPathsFacade attackPaths,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<ImportFilesHandler> logger)
{
    private readonly ImportEnrichment _enrichment = new(assets, correlation, risk);

    internal const int BatchSize = 2000;

    /// <summary>
    /// A batch also closes at this many characters of raw records, so a file of huge records cannot hold hundreds of MB.
    /// Up to three batches are alive at once (one being stored, one queued, one being parsed), together 12M characters.
    /// </summary>
    internal const long BatchChars = 4 * 1024 * 1024;

    /// <summary>Parsed batches waiting for the store; the parser waits while one is queued.</summary>
    private const int QueuedBatches = 1;

    public async Task<ImportSummary> HandleAsync(ImportRequest request, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var stages = new ImportStages();
        var tally = new ImportTally(await runs.StartAsync(ct).ConfigureAwait(false));
        await _enrichment.PrepareAsync(ct).ConfigureAwait(false);
        var (expanded, missing) = InputFiles.Expand(request.Paths);

        // Context files go first (otherwise in name order), so the findings after them are scored with the context
        // they set on arrival instead of being rescored by the pass after the import.
        var files = expanded.OrderBy(f => IsContextFile(f, request.Source) ? 0 : 1).ToList();
        foreach (var path in missing)
        {
            tally.FileError(path, "no such file or directory");
        }

        foreach (var file in files)
        {
            await ImportFileAsync(file, request.Source, tally, stages, ct).ConfigureAwait(false);
            await runs.QuarantineAsync(tally.RunId, tally.TakeQuarantine(), ct).ConfigureAwait(false);
        }

        var finishing = Stopwatch.GetTimestamp();
        await _enrichment.CompleteAsync(startedAt, ct).ConfigureAwait(false);
        stages.Add(ImportStages.PostPass, finishing);
        var summary = tally.ToSummary(files.Count) with { StageSeconds = stages.ToSeconds() };
        await runs.FinishAsync(summary, ct).ConfigureAwait(false);

        // The attack paths follow the import: queued where a job server runs (the dashboard); a verb's import is
        // picked up by the next `paths` run or the scheduled rebuild, which skips unchanged input.
        if (summary.New + summary.Updated > 0 && services.GetService<IBackgroundJobClient>() is not null)
        {
            attackPaths.EnqueueRebuild();
        }

        return summary;
    }

    private bool IsContextFile(string path, string? source)
    {
        try
        {
            return ImportEnrichment.IsContext(detector.Detect(FileSniffer.Sniff(path), source).Parser?.Source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task ImportFileAsync(string path, string? source, ImportTally tally, ImportStages stages, CancellationToken ct)
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
        var queue = Channel.CreateBounded<ParsedBatch>(new BoundedChannelOptions(QueuedBatches) { SingleReader = true, SingleWriter = true });
        var storing = Task.Run(() => StoreAllAsync(queue, path, tally, stages, ct), ct);
        await ParseAllAsync(parser, new ParseInput(path, sniff, () => InputDecoding.OpenUtf8(path)), file, tally, queue.Writer, stages, ct).ConfigureAwait(false);
        await storing.ConfigureAwait(false);

        var context = Stopwatch.GetTimestamp();
        await _enrichment.ApplyContextFileAsync(path, parser.Source, ct).ConfigureAwait(false);
        stages.Add(ImportStages.Context, context);

        logger.LogInformation("Imported {Path} as {Format}: {Observations} observations, {Rejected} rejected", path, parser.Format, file.Observations, file.Rejected);
    }

    /// <summary>The parsing side: reads, validates and batches one file; it always closes the queue, last batch included.</summary>
    private async Task ParseAllAsync(
        IFormatParser parser, ParseInput input, FileTally file, ImportTally tally, ChannelWriter<ParsedBatch> queue, ImportStages stages, CancellationToken ct)
    {
        try
        {
            var batch = await ParseBatchesAsync(parser, input, file, tally, queue, stages, ct).ConfigureAwait(false);
            await queue.WriteAsync(new ParsedBatch(batch, tally.TakeQuarantine()), ct).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The storing side failed and closed the queue; its exception is rethrown when it is awaited.
        }
        finally
        {
            queue.TryComplete();
        }
    }

    /// <summary>Hands every full batch to the queue and returns the last, partial one.</summary>
    private async Task<List<(NormalizedObservation, string)>> ParseBatchesAsync(
        IFormatParser parser, ParseInput input, FileTally file, ImportTally tally, ChannelWriter<ParsedBatch> queue, ImportStages stages, CancellationToken ct)
    {
        var path = input.Path;
        var batch = new List<(NormalizedObservation, string)>(BatchSize);
        long batchChars = 0, waiting = 0;
        var started = Stopwatch.GetTimestamp();
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
                    var handedOver = Stopwatch.GetTimestamp();
                    await queue.WriteAsync(new ParsedBatch(batch, tally.TakeQuarantine()), ct).ConfigureAwait(false);
                    waiting += Stopwatch.GetTimestamp() - handedOver;
                    batch = new List<(NormalizedObservation, string)>(BatchSize);
                    batchChars = 0;
                }
            }
        }
        catch (IOException ex)
        {
            tally.Reject(file, path, "file", $"read failed: {ex.Message}", null);
        }
        finally
        {
            stages.AddTicks(ImportStages.Parse, Stopwatch.GetTimestamp() - started - waiting);
        }

        return batch;
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

    /// <summary>The storing side: correlates, scores and stores each batch in order, then writes its quarantined records.</summary>
    private async Task StoreAllAsync(Channel<ParsedBatch> queue, string path, ImportTally tally, ImportStages stages, CancellationToken ct)
    {
        try
        {
            await foreach (var (batch, quarantine) in queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                if (batch.Count > 0)
                {
                    var writes = await _enrichment.EnrichAsync(batch, path, ct, stages).ConfigureAwait(false);
                    var started = Stopwatch.GetTimestamp();
                    var stored = await findings.StoreAsync(writes, ct).ConfigureAwait(false);
                    stages.Add(ImportStages.Store, started);
                    tally.Stored(stored);
                }

                await runs.QuarantineAsync(tally.RunId, quarantine, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            queue.Writer.TryComplete(ex);
            throw;
        }
    }

    private sealed record ParsedBatch(List<(NormalizedObservation, string)> Observations, IReadOnlyList<QuarantinedRecord> Quarantine);
}

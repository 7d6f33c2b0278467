using CnappAi.Modules.IacGate.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CnappAi.Modules.IacGate.Endpoints;

/// <summary>
/// Streams the request to files, counting bytes against the limit as it goes (a chunked body has no Content-Length
/// to check up front). The body is either the scan itself, or <c>multipart/form-data</c> with the parts
/// <c>scan</c>, and optionally <c>baseline</c> and <c>exceptions</c>. The ingestion parsers read files, so the
/// scan must be on disk before it can be judged.
/// </summary>
internal static class RequestSpooler
{
    private static readonly string[] Parts = ["scan", "baseline", "exceptions"];

    public static async Task<SpooledScan> SpoolAsync(HttpRequest request, string directory, long limit, CancellationToken ct)
    {
        var budget = new Budget(limit);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.Combine(directory, "scan");
            await CopyAsync(request.Body, path, budget, ct).ConfigureAwait(false);
            return new SpooledScan(path, "request body", null, null);
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new GateInputException("the multipart request has no boundary");
        }

        var files = new Dictionary<string, (string Path, string Name)>(StringComparer.OrdinalIgnoreCase);
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name
                || !Parts.Contains(name, StringComparer.OrdinalIgnoreCase)
                || files.ContainsKey(name))
            {
                throw new GateInputException($"unexpected part '{disposition?.Name}': send 'scan', and optionally 'baseline' and 'exceptions', once each");
            }

            var path = Path.Combine(directory, name.ToLowerInvariant());
            await CopyAsync(section.Body, path, budget, ct).ConfigureAwait(false);
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            files[name] = (path, string.IsNullOrWhiteSpace(fileName) ? name : Path.GetFileName(fileName));
        }

        if (!files.TryGetValue("scan", out var scan))
        {
            throw new GateInputException("the multipart request has no 'scan' part");
        }

        return new SpooledScan(scan.Path, scan.Name, files.GetValueOrDefault("baseline").Path, files.GetValueOrDefault("exceptions").Path);
    }

    private static async Task CopyAsync(Stream source, string path, Budget budget, CancellationToken ct)
    {
        var buffer = new byte[81920];
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await source.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            budget.Spend(read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
        }
    }

    private sealed class Budget(long limit)
    {
        private long _spent;

        public void Spend(int bytes)
        {
            _spent += bytes;
            if (_spent > limit)
            {
                throw new RequestTooLargeException(limit);
            }
        }
    }
}

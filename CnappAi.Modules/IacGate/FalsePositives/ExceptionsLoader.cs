using System.Text.Json;
using CnappAi.Modules.IacGate.Contracts;
using FluentValidation;

namespace CnappAi.Modules.IacGate.FalsePositives;

/// <summary>Reads and validates the exceptions file; a bad file stops the gate (exit 2) rather than being half-applied.</summary>
internal sealed class ExceptionsLoader(IValidator<ExceptionsDocument> validator)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public async Task<ExceptionsDocument> LoadAsync(string? path, CancellationToken ct)
    {
        if (path is null)
        {
            return ExceptionsDocument.Empty;
        }

        if (!File.Exists(path))
        {
            throw new GateInputException("exceptions file: no such file");
        }

        ExceptionsDocument? document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonSerializer.DeserializeAsync<ExceptionsDocument>(stream, Options, ct).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new GateInputException($"exceptions file is not valid JSON: {ex.Message}", ex);
        }

        document ??= ExceptionsDocument.Empty;
        var result = await validator.ValidateAsync(document, ct).ConfigureAwait(false);
        if (!result.IsValid)
        {
            throw new GateInputException("exceptions file: " + string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        }

        return document with { Exceptions = document.Exceptions ?? [], TestPaths = document.TestPaths ?? [], DevWorkspaces = document.DevWorkspaces ?? [] };
    }
}

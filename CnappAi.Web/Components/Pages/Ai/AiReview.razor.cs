using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CnappAi.Web.Components.Pages.Ai;

/// <summary>The review queue: analysts mark sampled outputs (and every output that led to an action) correct or wrong, with a reason.</summary>
public sealed partial class AiReview
{
    private readonly Dictionary<Guid, string?> _reasons = [];
    private IReadOnlyList<AiOutputRecord>? _queue;
    private IReadOnlyList<AiFunctionState> _states = [];
    private IReadOnlyList<AccuracyFigure> _accuracy = [];
    private string? _reviewer;
    private string? _error;

    [Inject]
    private IAiFacade Ai { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private string? Reason(Guid id) => _reasons.GetValueOrDefault(id);

    private async Task LoadAsync()
    {
        try
        {
            _queue = await Ai.GetReviewQueueAsync(50, CancellationToken.None);
            _states = await Ai.GetFunctionStatesAsync(CancellationToken.None);
            _accuracy = await Ai.GetAccuracyAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            _queue ??= [];
            _error = $"Could not load the review queue: {ex.Message}";
        }
    }

    private async Task ReviewAsync(Guid outputId, bool correct)
    {
        try
        {
            await Ai.RecordReviewAsync(new ReviewVerdict(outputId, correct, Reason(outputId) ?? "", _reviewer ?? ""), CancellationToken.None);
            Snackbar.Add(correct ? "Marked correct." : "Marked wrong.", MudBlazor.Severity.Success);
            _error = null;
            await LoadAsync();
        }
        catch (ValidationException ex)
        {
            _error = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
    }

    private async Task ReEnableAsync(AiFunction function)
    {
        if (string.IsNullOrWhiteSpace(_reviewer))
        {
            _error = "Enter your name: re-enabling the model is recorded against it.";
            return;
        }

        await Ai.ReEnableModelAsync(function, _reviewer, CancellationToken.None);
        await LoadAsync();
    }
}

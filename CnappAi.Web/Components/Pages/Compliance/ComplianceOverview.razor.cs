using CnappAi.Modules.Compliance;
using CnappAi.Modules.Compliance.Contracts;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CnappAi.Web.Components.Pages.Compliance;

public sealed partial class ComplianceOverview
{
    private IReadOnlyList<ComplianceFramework> _frameworks = [];
    private string _frameworkId = "cis-aws";
    private FrameworkPosture? _posture;
    private bool _loading = true;
    private string? _error;
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private string? _question;
    private bool _asking;
    private ComplianceAnswer? _answer;

    [Inject]
    private IComplianceFacade Compliance { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _frameworks = Compliance.GetFrameworks();
            _frameworkId = _frameworks.Count > 0 ? _frameworks[0].Id : _frameworkId;
        }
        catch (AccessDeniedException ex)
        {
            _error = "Not allowed: " + ex.Message;
            _loading = false;
            return;
        }

        await LoadAsync();
    }

    private async Task SelectAsync(string frameworkId)
    {
        _frameworkId = frameworkId;
        _expanded.Clear();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        try
        {
            _posture = await Compliance.GetPostureAsync(_frameworkId, CancellationToken.None);
        }
        catch (AccessDeniedException ex)
        {
            _error = "Not allowed: " + ex.Message;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            _error = "Could not evaluate the framework: " + ex.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task AskAsync()
    {
        _asking = true;
        try
        {
            _answer = await Compliance.AskAsync(_question!, _frameworkId, CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or AccessDeniedException or System.Data.Common.DbException)
        {
            _error = "Could not answer: " + ex.Message;
        }
        finally
        {
            _asking = false;
        }
    }

    private void Toggle(string controlId)
    {
        if (!_expanded.Remove(controlId))
        {
            _expanded.Add(controlId);
        }
    }

    private static Color ResultColor(ControlResult result) => result switch
    {
        ControlResult.Pass => Color.Success,
        ControlResult.Fail => Color.Error,
        _ => Color.Default,
    };

    private static string ResultText(ControlResult result) => result switch
    {
        ControlResult.Pass => "pass",
        ControlResult.Fail => "fail",
        _ => "not assessed",
    };
}

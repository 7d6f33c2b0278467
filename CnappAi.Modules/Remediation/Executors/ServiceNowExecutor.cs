using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Rendering;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>ServiceNow Table API (incident, change_request) with basic auth; the idempotency key is the <c>correlation_id</c>.</summary>
internal sealed class ServiceNowExecutor(ActionHttp http, IOptions<RemediationOptions> options) : IActionExecutor, ITicketReader
{
    public IReadOnlyList<ActionType> Types { get; } = [ActionType.ServiceNowIncident, ActionType.ServiceNowChange];

    public bool CanLookUp => true;

    private ServiceNowOptions Now => options.Value.ServiceNow;

    private Action<HttpRequestMessage> Auth => ActionHttp.Basic(Now.User, Now.Password);

    public async Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct)
    {
        var table = ServiceNowRenderer.Table(target.Type == ActionType.ServiceNowChange);
        var query = $"api/now/table/{table}?sysparm_query={Uri.EscapeDataString($"correlation_id={target.IdempotencyKey}")}&sysparm_limit=1&sysparm_fields=sys_id,number,state";
        var result = await http.JsonAsync(ActionHttp.Get(RenderJson.Url(Now.BaseUrl, query)), Auth, ct).ConfigureAwait(false);
        return result?["result"]?.AsArray().FirstOrDefault() is { } record ? Record(table, record) : null;
    }

    public async Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct)
    {
        var created = await http.JsonAsync(target.Requests[0], Auth, ct).ConfigureAwait(false);
        var record = created?["result"] ?? throw new VendorCallException("ServiceNow answered the create without a result.", null, ambiguous: true);
        return Record(ServiceNowRenderer.Table(target.Type == ActionType.ServiceNowChange), record);
    }

    public async Task<TicketState> ReadAsync(ActionType type, ExternalObject ticket, CancellationToken ct)
    {
        var table = ServiceNowRenderer.Table(type == ActionType.ServiceNowChange);
        var result = await http.JsonAsync(ActionHttp.Get(RenderJson.Url(Now.BaseUrl, $"api/now/table/{table}/{ticket.Id}?sysparm_fields=state,number")), Auth, ct).ConfigureAwait(false);
        var state = result?["result"]?["state"]?.GetValue<string>() ?? "";
        // Incident: 6 Resolved, 7 Closed, 8 Canceled. Change request: 3 Closed, 4 Canceled.
        var done = type == ActionType.ServiceNowChange ? state is "3" or "4" : state is "6" or "7" or "8";
        return new TicketState(state, done);
    }

    private ExternalObject Record(string table, JsonNode record)
    {
        var sysId = record["sys_id"]?.GetValue<string>() ?? throw new VendorCallException("ServiceNow returned a record without sys_id.", null, ambiguous: false);
        var number = record["number"]?.GetValue<string>() ?? sysId;
        return new ExternalObject(number, sysId, RenderJson.Url(Now.BaseUrl, $"nav_to.do?uri={table}.do?sys_id={sysId}"));
    }
}

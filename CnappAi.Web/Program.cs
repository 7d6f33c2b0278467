using CnappAi.Web.Cli;
using CnappAi.Web.Components;
using CnappAi.Web.Extensions;
using MudBlazor.Services;

if (CommandLineApp.IsCommand(args))
{
    return await CommandLineApp.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();

builder.Services.AddCnappAiModules(builder.Configuration);
builder.Services.AddHostedService<MigrateDatabaseService>();
builder.Services.AddCnappAiWebSecurity(builder.Configuration);
builder.Services.AddCnappAiJobs(builder.Configuration);
builder.Services.AddHostedService<SampleTenantSeeder>();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseCnappAiWebSecurity();
app.MapStaticAssets();
app.MapCnappAiSecurityEndpoints();
app.MapCnappAiEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

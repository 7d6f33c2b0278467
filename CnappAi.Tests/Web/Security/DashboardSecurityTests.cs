using System.Net;
using CnappAi.Modules.Identity;
using CnappAi.Modules.Identity.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Web.Security;

/// <summary>
/// The real dashboard process: every page and API refuses anonymous callers, roles are enforced on the server,
/// a user with an admin-set password must change it first, forms need their antiforgery token, and every answer
/// carries the security headers.
/// </summary>
public sealed class DashboardSecurityTests(DashboardSecurityTests.Dashboard dashboard) : IClassFixture<DashboardSecurityTests.Dashboard>
{
    public const string ViewerPassword = "Viewer-Pass-123";

    public static TheoryData<string> Pages => ["/", "/findings", "/connectors", "/ask", "/ai/review", "/admin/users", "/account/change-password"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/signin");
    }

    [Theory]
    [InlineData("/api/plans/pending", "GET")]
    [InlineData("/api/findings/export", "GET")]
    [InlineData("/api/plans/", "POST")]
    [InlineData("/api/anything", "GET")]
    public async Task Api_Anonymous_Answers401WithoutRedirect(string path, string method)
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_WrongPassword_StaysOnTheSignInPage()
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await WebHostProcess.SignInAsync(client, WebHostProcess.AdminUserName, "Wrong-Password-1");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("/signin?error=failed");
        (await client.GetAsync("/findings")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Admin_SeesTheUsersPageAndTheJobDashboard()
    {
        using var client = await dashboard.Host.CreateClientAsync();

        var users = await client.GetStringAsync("/admin/users");
        using var jobs = await client.GetAsync("/jobs");

        users.ShouldContain("Users");
        users.ShouldContain(dashboard.ViewerName);
        jobs.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Viewer_MustChangeTheAdminSetPasswordThenIsRefusedAdminPagesAndApis()
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);
        using var signIn = await WebHostProcess.SignInAsync(client, dashboard.ViewerName, ViewerPassword);
        signIn.Headers.Location!.ToString().ShouldStartWith("/account/change-password");
        (await client.GetAsync("/findings")).Headers.Location!.ToString().ShouldBe("/account/change-password");

        var token = await WebHostProcess.AntiforgeryTokenAsync(client, "/account/change-password");
        using var change = await client.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["currentPassword"] = ViewerPassword,
            ["newPassword"] = "Viewer-Own-456",
            ["confirmPassword"] = "Viewer-Own-456",
        }));
        change.Headers.Location!.ToString().ShouldBe("/");

        using var findings = await client.GetAsync("/findings");
        using var admin = await client.GetAsync("/admin/users");
        using var jobs = await client.GetAsync("/jobs");
        using var approve = await client.PostAsync($"/api/plans/{Guid.NewGuid()}/approve", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        findings.StatusCode.ShouldBe(HttpStatusCode.OK);
        admin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        admin.Headers.Location!.ToString().ShouldContain("/access-denied");
        jobs.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        approve.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/account/signout")]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejected(string path)
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = WebHostProcess.AdminUserName,
            ["password"] = WebHostProcess.AdminPassword,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/findings")]
    [InlineData("/api/anything")]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path)
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await client.GetAsync(path);

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeadersMiddleware.ContentSecurityPolicy);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnlyAndSameSite()
    {
        using var client = dashboard.Host.CreateAnonymousClient(followRedirects: false);

        using var response = await WebHostProcess.SignInAsync(client, WebHostProcess.AdminUserName, WebHostProcess.AdminPassword);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cnappai.session", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    /// <summary>One dashboard process for the class, with the first admin and a viewer (admin-set password) in its database.</summary>
    public sealed class Dashboard : IAsyncLifetime
    {
        public string ViewerName { get; } = "viewer-one";

        internal WebHostProcess Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await WebHostProcess.StartAsync(prepareDatabase: SeedAsync);

        public async Task DisposeAsync() => await Host.DisposeAsync();

        private async Task SeedAsync(string databasePath)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:CnappAi"] = DatabaseOptions.SqliteConnectionString(databasePath),
                ["Identity:FirstAdmin:UserName"] = WebHostProcess.AdminUserName,
                ["Identity:FirstAdmin:Password"] = WebHostProcess.AdminPassword,
                ["Identity:FirstAdmin:MustChangePassword"] = "false",
            }).Build();
            var services = new ServiceCollection().AddLogging();
            services.AddCnappAiModules(configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var identity = provider.GetRequiredService<IIdentityFacade>();
            using var system = provider.GetRequiredService<IActorAccessor>().Use(Actor.System);
            await identity.EnsureFirstAdminAsync(CancellationToken.None);
            (await identity.CreateUserAsync(new CreateUserRequest(ViewerName, null, ViewerPassword, [Roles.Viewer]), CancellationToken.None)).Succeeded.ShouldBeTrue();
        }
    }
}

using System.Text;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.RemediationServers;

internal static class Credentials
{
    public static string Basic(string user, string secret) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}"));

    public static bool Has(HttpContext context, string expected) => context.Request.Headers.Authorization.ToString() == expected;
}

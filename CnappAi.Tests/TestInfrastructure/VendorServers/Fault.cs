using System.Net;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>An error a loopback server answers a data request with, once, before behaving again.</summary>
public sealed record Fault(HttpStatusCode Status, string? RetryAfter = null, string Body = "{\"message\":\"simulated failure\"}")
{
    public static Fault TooManyRequests(int retryAfterSeconds) => new(HttpStatusCode.TooManyRequests, retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Fault ServerError() => new(HttpStatusCode.InternalServerError);

    public static Fault Unavailable() => new(HttpStatusCode.ServiceUnavailable);
}

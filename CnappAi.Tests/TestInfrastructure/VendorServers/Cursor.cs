using System.Globalization;
using System.Text;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>Opaque page cursors, as vendors hand them out: the offset, base64-encoded.</summary>
public static class Cursor
{
    public static string Of(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static int OffsetOf(string? cursor) =>
        string.IsNullOrEmpty(cursor) ? 0 : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor))["offset:".Length..], CultureInfo.InvariantCulture);
}

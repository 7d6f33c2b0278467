namespace CnappAi.Modules.Ai.Query;

/// <summary>Dashboard paths for cited records.</summary>
internal static class Links
{
    public static string Finding(string id) => $"/findings/{Uri.EscapeDataString(id)}";

    public static string Asset(string uid) => $"/assets?uid={Uri.EscapeDataString(uid)}";
}

namespace CnappAi.Modules.Identity;

/// <summary>The <c>Identity</c> configuration section.</summary>
internal sealed class CnappAiIdentityOptions
{
    public const string SectionName = "Identity";

    public FirstAdminOptions FirstAdmin { get; set; } = new();

    /// <summary>Failed sign-ins in a row before the account locks.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How often a session's security stamp is checked again (a disabled user is signed out within this).</summary>
    public int RevalidateAfterSeconds { get; set; } = 60;

    public int SessionHours { get; set; } = 8;
}

internal sealed class FirstAdminOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>From <c>Identity__FirstAdmin__Password</c>; when empty a password is generated and written to the data folder.</summary>
    public string? Password { get; set; }

    public bool MustChangePassword { get; set; } = true;
}

namespace CnappAi.Modules.Identity.Contracts;

public enum SignInStatus
{
    Succeeded,

    /// <summary>Signed in, but only the change-password page is open until the password is changed.</summary>
    MustChangePassword,

    /// <summary>Unknown user or wrong password (deliberately not told apart).</summary>
    Failed,

    LockedOut,

    Disabled,
}

public sealed record SignInOutcome(SignInStatus Status)
{
    public bool SignedIn => Status is SignInStatus.Succeeded or SignInStatus.MustChangePassword;
}

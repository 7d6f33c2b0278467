namespace CnappAi.Modules.Identity.Contracts;

/// <summary>Whether an account change succeeded, and why not (password rules, unknown user, duplicate name).</summary>
public sealed record IdentityOutcome(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static IdentityOutcome Ok { get; } = new(true, []);

    public static IdentityOutcome Failed(params string[] errors) => new(false, errors);
}

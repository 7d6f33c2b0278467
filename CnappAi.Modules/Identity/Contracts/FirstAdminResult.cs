namespace CnappAi.Modules.Identity.Contracts;

/// <summary>What the first-start bootstrap did: <see cref="PasswordFile"/> is set when it generated the password.</summary>
public sealed record FirstAdminResult(bool Created, string UserName, string? PasswordFile);

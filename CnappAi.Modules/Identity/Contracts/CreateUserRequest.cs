namespace CnappAi.Modules.Identity.Contracts;

/// <summary>A new account with a temporary password the user must change at the first sign-in.</summary>
public sealed record CreateUserRequest(string UserName, string? Email, string Password, IReadOnlyList<string> Roles);

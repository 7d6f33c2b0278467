namespace CnappAi.Modules.Shared.Security;

/// <summary>The current actor lacks the role an operation needs. Endpoints answer 403, pages show "not allowed", verbs exit 1.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccessDeniedException(Actor actor, string requiredRole)
        : base($"'{actor?.DisplayName}' does not hold the '{requiredRole}' role this operation needs.")
    {
        Actor = actor;
        RequiredRole = requiredRole;
    }

    public Actor? Actor { get; }

    public string? RequiredRole { get; }
}

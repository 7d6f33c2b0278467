namespace CnappAi.Modules.Shared.Security;

public enum ActorKind
{
    /// <summary>Nobody signed in: holds no role.</summary>
    Anonymous,

    /// <summary>A signed-in dashboard user (or a Slack user mapped to one).</summary>
    User,

    /// <summary>The person at the shell running a verb against a database file they own.</summary>
    LocalOperator,

    /// <summary>Background jobs and start-up work.</summary>
    System,
}

/// <summary>Who is doing something: recorded in the audit trail and checked by every facade operation.</summary>
public sealed record Actor(string Id, string DisplayName, ActorKind Kind, IReadOnlySet<string> Roles)
{
    public static Actor Anonymous { get; } = new("anonymous", "anonymous", ActorKind.Anonymous, new HashSet<string>());

    public static Actor System { get; } = new("system", "CnappAi", ActorKind.System, new HashSet<string>(Security.Roles.All));

    public static Actor LocalOperator(string userName) =>
        new($"local:{userName}", userName, ActorKind.LocalOperator, new HashSet<string>(Security.Roles.All));

    /// <summary>
    /// A non-human caller that authenticated itself to one endpoint (a webhook's shared secret, the IaC gate's token):
    /// a system actor named for it, holding only <paramref name="roles"/>.
    /// </summary>
    public static Actor Service(string name, params string[] roles) =>
        new($"service:{name}", name, ActorKind.System, new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase));

    public static Actor User(string id, string displayName, IEnumerable<string> roles) =>
        new(id, displayName, ActorKind.User, new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when the actor holds <paramref name="role"/>; admin holds every role, every role includes viewer.</summary>
    public bool IsInRole(string role) =>
        Roles.Contains(Security.Roles.Admin)
        || Roles.Contains(role)
        || (role == Security.Roles.Viewer && Roles.Count > 0);
}

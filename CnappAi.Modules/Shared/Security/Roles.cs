namespace CnappAi.Modules.Shared.Security;

/// <summary>
/// The four roles. A user can hold several. <see cref="Admin"/> includes every other role; <see cref="Viewer"/> is the
/// read level every other role includes. Analysts triage (import, assign, suppress, request plans, edit asset context);
/// approvers approve or reject plans; admins manage users, connectors, settings and governance.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Analyst = "analyst";
    public const string Approver = "approver";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Approver, Admin];
}

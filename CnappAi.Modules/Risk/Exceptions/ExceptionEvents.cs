namespace CnappAi.Modules.Risk.Exceptions;

internal static class ExceptionEvents
{
    public const string Created = "created";
    public const string Revoked = "revoked";
    public const string Expired = "expired";
}

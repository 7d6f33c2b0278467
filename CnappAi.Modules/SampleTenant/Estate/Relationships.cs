namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>The relationship vocabulary of the relationships file (documented in docs/context-files.md).</summary>
internal static class Relationships
{
    /// <summary>The pseudo-node every internet exposure starts from.</summary>
    public const string Internet = "internet";

    public const string Exposes = "exposes";
    public const string Contains = "contains";
    public const string RunsImage = "runs-image";
    public const string RunsAs = "runs-as";
    public const string Protects = "protects";
    public const string ConnectsTo = "connects-to";
    public const string CanRead = "can-read";
    public const string CanWrite = "can-write";
    public const string HoldsCredentialFor = "holds-credential-for";
    public const string FederatesTo = "federates-to";
}

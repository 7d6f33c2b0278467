namespace CnappAi.Modules.SampleTenant.Contracts;

/// <summary>
/// What sample tenant to write and where. The same <see cref="Seed"/>, <see cref="Assets"/> and <see cref="AsOf"/> give
/// byte-identical files: every timestamp is an offset back from <see cref="AsOf"/> (06:00 UTC that day). Without
/// <see cref="AsOf"/> the current UTC date is used.
/// </summary>
/// <param name="OutputDirectory">Folder to write into; it must be empty, missing, or hold an earlier sample tenant (which is replaced).</param>
/// <param name="Assets">How many resources the estate has (at least the headline chain's; up to 2,000,000).</param>
/// <param name="Seed">Chooses the estate; any integer.</param>
/// <param name="AsOf">The collection date all timestamps derive from.</param>
public sealed record SampleRequest(string OutputDirectory, int Assets = SampleRequest.DefaultAssets, int Seed = SampleRequest.DefaultSeed, DateOnly? AsOf = null)
{
    public const int DefaultAssets = 300;

    public const int DefaultSeed = 42;

    public const int MaxAssets = 2_000_000;
}

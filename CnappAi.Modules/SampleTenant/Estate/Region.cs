namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>A cloud region with the display name Prisma Cloud shows for it.</summary>
internal sealed record Region(Cloud Cloud, string Id, string PrismaName)
{
    /// <summary>A zone of the region: AWS and GCP append a letter; Azure zones are numbers.</summary>
    public string Zone(int index) => Cloud switch
    {
        Cloud.Aws => Id + "abc"[index % 3],
        Cloud.Gcp => $"{Id}-{"abc"[index % 3]}",
        _ => ((index % 3) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

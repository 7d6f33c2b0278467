using CnappAi.Modules.SampleTenant.Determinism;

namespace CnappAi.Modules.SampleTenant.Estate;

/// <summary>
/// Lays out accounts: about 0.8 × √assets of them (at least 6), split 45/30/25 across AWS, Azure and GCP, each
/// owned by a team and serving prod, staging or dev. The headline accounts come first in every tenant.
/// </summary>
internal static class OrganisationBuilder
{
    private static readonly Stage[] StageCycle = [Stage.Prod, Stage.Dev, Stage.Staging, Stage.Prod, Stage.Dev];
    private static readonly double[] RegionWeights = [5, 3, 2, 1, 1, 1];

    public static Organisation Build(int seed, int assets)
    {
        var random = SampleRandom.For(seed, -1);
        var total = Math.Clamp((int)Math.Round(Math.Sqrt(assets) * 0.8), 6, 600);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var aws = Accounts(random, Cloud.Aws, Math.Max(2, (int)(total * 0.45)), ("payments", Stage.Prod), names);
        var azure = Accounts(random, Cloud.Azure, Math.Max(2, (int)(total * 0.30)), ("payments", Stage.Prod), names);
        var gcp = Accounts(random, Cloud.Gcp, Math.Max(2, total - aws.Count - azure.Count), ("data-platform", Stage.Prod), names);
        return new Organisation(aws, azure, gcp, random.Uuid(), random.Digits(12), random.Uuid());
    }

    private static List<CloudAccount> Accounts(SampleRandom random, Cloud cloud, int count, (string Team, Stage Stage) first, HashSet<string> names)
    {
        var accounts = new List<CloudAccount>(count);
        var teams = Applications.Teams;
        for (var i = 0; i < count; i++)
        {
            var (team, stage) = i == 0 ? first : (teams[(i * 7 + (int)cloud) % teams.Count], StageCycle[i % StageCycle.Length]);
            var name = UniqueName(cloud, $"{Organisation.Slug}-{team}-{stage.ToString().ToLowerInvariant()}", names);
            var regions = Regions.Of(cloud);
            var home = i == 0 ? regions[0] : regions[random.Weighted(RegionWeights[..regions.Count])];
            // GCP project ids are globally unique, so organisations suffix them; the name stays the display name.
            var id = cloud switch
            {
                Cloud.Aws => random.Digits(12),
                Cloud.Azure => random.Uuid(),
                _ => $"{name[..Math.Min(name.Length, 25)].TrimEnd('-')}-{random.Hex(4)}",
            };
            accounts.Add(new CloudAccount(cloud, id, name, stage, team, home, cloud == Cloud.Gcp ? random.Digits(12) : null, random.Uuid(), random.Uuid()));
        }

        return accounts;
    }

    // Names are per cloud: an AWS account and an Azure subscription may both be "acme-payments-prod".
    private static string UniqueName(Cloud cloud, string name, HashSet<string> names)
    {
        var candidate = name;
        for (var n = 2; !names.Add($"{cloud}/{candidate}"); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }
}

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>Sequential ids (problems, Prisma and Orca alerts, Lacework alert numbers), counted in generation order.</summary>
internal sealed class IdCounters
{
    private int _problems;
    private int _prisma;
    private int _orca;
    private int _lacework;

    public string NextProblem() => $"sp-{++_problems:D7}";

    public string NextPrisma() => $"P-{1_200_000 + ++_prisma}";

    public string NextOrca() => $"orca-{300_000 + ++_orca}";

    public string NextLaceworkAlert() => (900_000 + ++_lacework).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

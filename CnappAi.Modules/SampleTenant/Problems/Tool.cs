namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>The security tools that watch the sample organisation.</summary>
internal enum Tool
{
    Wiz,
    Prisma,
    Orca,
    Lacework,
    SecurityHub,
    Defender,
    Scc,
}

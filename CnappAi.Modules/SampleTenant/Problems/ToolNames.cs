namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>Each tool's source name, as the importer's parsers name it and as the manifest records observations.</summary>
internal static class ToolNames
{
    public static string Source(Tool tool) => tool switch
    {
        Tool.Wiz => "wiz",
        Tool.Prisma => "prisma",
        Tool.Orca => "orca",
        Tool.Lacework => "lacework",
        Tool.SecurityHub => "aws-securityhub",
        Tool.Defender => "defender",
        _ => "gcp-scc",
    };
}

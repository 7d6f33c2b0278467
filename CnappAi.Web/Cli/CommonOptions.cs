using System.CommandLine;

namespace CnappAi.Web.Cli;

/// <summary>Options shared by several verbs.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file to use instead of the configured connection string.",
        Recursive = true,
    };
}

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>Where the data lives: <c>ConnectionStrings:CnappAi</c>, else a SQLite file in the data folder.</summary>
public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "CnappAi";

    public const string DataDirectoryKey = "Data:Directory";

    public required string ConnectionString { get; init; }

    /// <summary>The default data folder: <c>$XDG_DATA_HOME/cnappai</c> or <c>~/.local/share/cnappai</c> (LocalApplicationData on Windows).</summary>
    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "cnappai");

    public static string SqliteConnectionString(string path) => $"Data Source={Path.GetFullPath(path)}";
}

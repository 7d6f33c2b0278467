using System.Diagnostics;
using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Cli;
using Microsoft.Data.Sqlite;

namespace CnappAi.Tests.Ingestion.ImportFiles;

/// <summary>
/// Kills a real import process part-way and imports again: the database stays intact, every committed
/// batch is there, and the second run completes the set without duplicates.
/// </summary>
public class InterruptedImportTests
{
    private const int Records = 30_000;

    [Fact]
    public async Task Import_KilledMidway_RestartsWithoutLossOrDuplicates()
    {
        using var files = new TempFiles();
        var input = Path.Combine(files.Directory, "asff.json");
        var database = Path.Combine(files.Directory, "cnappai.db");
        WriteAsff(input);

        var committedBeforeKill = await ImportAndKillAfterFirstBatchAsync(input, database);

        committedBeforeKill.ShouldBeGreaterThan(0);
        committedBeforeKill.ShouldBeLessThan(Records, "the kill must land mid-import for this test to mean anything");
        (await ScalarAsync(database, "PRAGMA integrity_check;")).ShouldBe("ok");

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(["import", input, "--db", database], output, error);

        exit.ShouldBe(0, error.ToString());
        var summary = JsonDocument.Parse(output.ToString()).RootElement;
        summary.GetProperty("unchanged").GetInt32().ShouldBeGreaterThanOrEqualTo(committedBeforeKill);
        summary.GetProperty("new").GetInt32().ShouldBe(Records - summary.GetProperty("unchanged").GetInt32());
        (await ScalarAsync(database, "SELECT COUNT(*) FROM normalization_findings;")).ShouldBe(Records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await ScalarAsync(database, "SELECT COUNT(*) FROM normalization_raw_records;")).ShouldBe(Records.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<int> ImportAndKillAfterFirstBatchAsync(string input, string database)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CnappAi.Web.dll"), "import", input, "--db", database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        var committed = 0;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            committed = await CountAsync(database);
            if (committed > 0)
            {
                process.Kill(entireProcessTree: true);
                break;
            }

            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        SqliteConnection.ClearAllPools();
        return await CountAsync(database);
    }

    private static async Task<int> CountAsync(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            var value = await ScalarAsync(database, "SELECT COUNT(*) FROM normalization_findings;");
            return int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet
        }
    }

    private static async Task<string> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static void WriteAsff(string path)
    {
        var template = JsonDocument.Parse(File.ReadAllText(FixtureFiles.Get("aws_securityhub/defectdojo/asff/one_vuln.json"))).RootElement;
        template = template.ValueKind == JsonValueKind.Array ? template[0] : template.GetProperty("Findings")[0];
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray("Findings");
        for (var i = 0; i < Records; i++)
        {
            writer.WriteStartObject();
            foreach (var property in template.EnumerateObject())
            {
                if (property.Name == "Id")
                {
                    writer.WriteString("Id", $"interrupted-{i}");
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

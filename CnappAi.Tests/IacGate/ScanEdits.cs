using System.Text.Json.Nodes;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.IacGate;

/// <summary>Derives "the next commit's scan" from a real one: code moved down and re-indented, or a new failure added.</summary>
internal static class ScanEdits
{
    /// <summary>A Checkov report whose every failed check sits <paramref name="lines"/> further down and is indented differently.</summary>
    public static string MoveCheckovChecks(TempFiles files, string checkovReport, int lines)
    {
        var reports = JsonNode.Parse(File.ReadAllText(checkovReport))!.AsArray();
        foreach (var check in reports.SelectMany(r => r!["results"]!["failed_checks"]!.AsArray()))
        {
            var range = check!["file_line_range"]!.AsArray();
            check["file_line_range"] = new JsonArray(range[0]!.GetValue<int>() + lines, range[1]!.GetValue<int>() + lines);
            foreach (var line in check["code_block"]!.AsArray())
            {
                var pair = line!.AsArray();
                pair[0] = pair[0]!.GetValue<int>() + lines;
                pair[1] = "    " + pair[1]!.GetValue<string>();
            }
        }

        return files.Write("moved.json", reports.ToJsonString());
    }

    /// <summary>The same report plus a publicly accessible replica database in another file.</summary>
    public static string AddPublicReplica(TempFiles files, string checkovReport)
    {
        var reports = JsonNode.Parse(File.ReadAllText(checkovReport))!.AsArray();
        var failed = reports[0]!["results"]!["failed_checks"]!.AsArray();
        var replica = failed.Single(c => c!["check_id"]!.GetValue<string>() == "CKV_AWS_17")!.DeepClone();
        replica["resource"] = "aws_db_instance.replica";
        replica["file_path"] = "/aws/replica.tf";
        replica["code_block"] = new JsonArray(
            new JsonArray(1, "resource \"aws_db_instance\" \"replica\" {\n"),
            new JsonArray(2, "  replicate_source_db = aws_db_instance.default.id\n"),
            new JsonArray(3, "  publicly_accessible = true\n"),
            new JsonArray(4, "}\n"));
        replica["file_line_range"] = new JsonArray(1, 4);
        failed.Add(replica);
        return files.Write("with-replica.json", reports.ToJsonString());
    }

    /// <summary>A SARIF log whose results' start and end lines are shifted.</summary>
    public static string ShiftSarifLines(TempFiles files, string sarif, int lines)
    {
        var log = JsonNode.Parse(File.ReadAllText(sarif))!;
        foreach (var region in log["runs"]!.AsArray().SelectMany(r => r!["results"]!.AsArray())
                     .Select(r => r!["locations"]![0]!["physicalLocation"]!["region"]!))
        {
            foreach (var key in new[] { "startLine", "endLine" })
            {
                if (region[key] is { } value)
                {
                    region[key] = value.GetValue<int>() + lines;
                }
            }
        }

        return files.Write("shifted.sarif", log.ToJsonString());
    }
}

using CnappAi.Modules.IacGate.Fixes;

namespace CnappAi.Tests.IacGate.Fixes;

public class SetArgumentTests
{
    private static readonly FixContext Db = new("aws_db_instance", "default");

    [Fact]
    public void Apply_ExistingArgument_ReplacesTheValueKeepingAlignmentAndComment()
    {
        var document = new HclDocument(["resource \"aws_db_instance\" \"default\" {", "  publicly_accessible     = true # for the demo", "}"]);

        new SetArgument([], "publicly_accessible", "false").Apply(document, Db).ShouldBeTrue();

        document.Lines[1].ShouldBe("  publicly_accessible     = false # for the demo");
    }

    [Fact]
    public void Apply_MissingArgument_InsertsItBeforeTheClosingBraceAlignedWithItsSiblings()
    {
        var document = new HclDocument(
            ["resource \"aws_db_instance\" \"default\" {", "  engine         = \"mysql\"", "  instance_class = \"db.t3.micro\"", "}"]);

        new SetArgument([], "storage_encrypted", "true").Apply(document, Db).ShouldBeTrue();

        document.Lines.ShouldBe(
            ["resource \"aws_db_instance\" \"default\" {", "  engine         = \"mysql\"", "  instance_class = \"db.t3.micro\"", "  storage_encrypted = true", "}"]);
    }

    [Fact]
    public void Apply_NestedPathMissing_CreatesTheBlocks()
    {
        var document = new HclDocument(["resource \"google_sql_database_instance\" \"db\" {", "  name = \"db\"", "}"]);

        new SetArgument(["settings", "ip_configuration"], "ipv4_enabled", "false").Apply(document, new FixContext("google_sql_database_instance", "db"));

        document.Lines.ShouldBe(
        [
            "resource \"google_sql_database_instance\" \"db\" {",
            "  name = \"db\"",
            "  settings {",
            "    ip_configuration {",
            "      ipv4_enabled = false",
            "    }",
            "  }",
            "}",
        ]);
    }

    [Fact]
    public void Apply_SingleLineNestedBlock_ExpandsItAndSetsTheArgumentInside()
    {
        var document = new HclDocument(["resource \"aws_instance\" \"web\" {", "  metadata_options { http_tokens = \"optional\" }", "}"]);

        new SetArgument(["metadata_options"], "http_tokens", "\"required\"").Apply(document, new FixContext("aws_instance", "web"));

        document.Lines.ShouldBe(["resource \"aws_instance\" \"web\" {", "  metadata_options {", "    http_tokens = \"required\"", "  }", "}"]);
    }

    [Fact]
    public void Apply_MultilineValue_ReplacesAllOfItsLines()
    {
        var document = new HclDocument(["resource \"aws_eks_cluster\" \"c\" {", "  enabled_cluster_log_types = [", "    \"api\",", "  ]", "  name = \"c\"", "}"]);

        new SetArgument([], "enabled_cluster_log_types", "[\"api\", \"audit\"]").Apply(document, new FixContext("aws_eks_cluster", "c"));

        document.Lines.ShouldBe(["resource \"aws_eks_cluster\" \"c\" {", "  enabled_cluster_log_types = [\"api\", \"audit\"]", "  name = \"c\"", "}"]);
    }

    [Fact]
    public void Apply_ValueAlreadySecure_ReportsNoChange()
    {
        var document = new HclDocument(["resource \"aws_db_instance\" \"default\" {", "  publicly_accessible = false", "}"]);

        new SetArgument([], "publicly_accessible", "false").Apply(document, Db).ShouldBeFalse();
    }
}

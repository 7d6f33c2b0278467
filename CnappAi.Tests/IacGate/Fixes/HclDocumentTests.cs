using CnappAi.Modules.IacGate.Fixes;

namespace CnappAi.Tests.IacGate.Fixes;

public class HclDocumentTests
{
    [Fact]
    public void Parse_ResourceWithNestedBlocksAndMultilineValues_FindsBlocksAndArgumentRanges()
    {
        var document = new HclDocument(
        [
            "# leading comment",
            "resource \"aws_instance\" \"web\" {",
            "  ami = \"ami-123\" # image { not a block",
            "  vpc_security_group_ids = [",
            "  \"${aws_security_group.web.id}\"]",
            "  tags = merge({",
            "    Name = \"web\"",
            "    }, {",
            "    Team = \"${lookup(var.teams, \"web\")}\"",
            "  })",
            "  root_block_device {",
            "    volume_size = 20",
            "  }",
            "  metadata_options { http_tokens = \"optional\" }",
            "}",
            "resource \"aws_s3_bucket\" \"other\" {}",
        ]);

        var root = document.Root.ShouldNotBeNull();
        document.ResourceType.ShouldBe("aws_instance");
        document.ResourceName.ShouldBe("web");
        (root.Start, root.End).ShouldBe((1, 14));
        root.Attributes.Select(a => (a.Name, a.Start, a.End)).ShouldBe([("ami", 2, 2), ("vpc_security_group_ids", 3, 4), ("tags", 5, 9)]);
        root.Children.Select(c => (c.Name, c.Start, c.End)).ShouldBe([("root_block_device", 10, 12), ("metadata_options", 13, 13)]);
        root.Children[1].IsSingleLine.ShouldBeTrue();
    }

    [Fact]
    public void Parse_HeredocFullOfBraces_IsOneArgumentAndDoesNotNest()
    {
        var document = new HclDocument(
        [
            "resource \"aws_iam_policy\" \"p\" {",
            "  policy = <<EOF",
            "{ \"Statement\": [ { \"Effect\": \"Allow\" } ] }",
            "}",
            "EOF",
            "  name = \"p\"",
            "}",
        ]);

        var root = document.Root.ShouldNotBeNull();
        root.End.ShouldBe(6);
        root.Attributes.Select(a => (a.Name, a.Start, a.End)).ShouldBe([("policy", 1, 4), ("name", 5, 5)]);
        root.Children.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_SnippetWithoutABlock_HasNoRoot()
    {
        new HclDocument(["  acl = \"public-read\""]).Root.ShouldBeNull();
        new HclDocument(["FROM python:3.7-slim"]).Root.ShouldBeNull();
    }

    [Theory]
    [InlineData("a = \"{\" # }", 0, 0)]
    [InlineData("a = \"${x}\" {", 1, 0)]
    [InlineData("b { c = \"}\" }", 1, 1)]
    [InlineData("/* { */ }", 0, 1)]
    [InlineData("d = \"\\\"{\"", 0, 0)]
    public void Scan_BracesInStringsTemplatesAndComments_AreNotCounted(string line, int opens, int closes)
    {
        var inComment = false;

        var shape = HclLineScanner.Scan(line, ref inComment);

        (shape.Opens, shape.Closes).ShouldBe((opens, closes));
    }
}

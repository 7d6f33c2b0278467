using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ai.Search;

/// <summary>
/// Semantic search over finding text. Each distinct text is embedded once and stored (<c>ai_embeddings</c>, keyed by
/// model and text hash); findings point at their text (<c>ai_finding_texts</c>). Indexing is incremental, so the
/// recurring job and on-demand searches only embed texts that are new.
/// </summary>
internal sealed class EmbeddingIndex(INormalizationFacade findings, IDbContextFactory<CnappAiDbContext> contexts, ITextEmbedder embedder)
{
    private const int Batch = 32;

    /// <summary>Points every finding at its text and embeds the texts not embedded yet; returns how many texts were embedded.</summary>
    public async Task<int> IndexAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var known = await db.Set<AiFindingText>().AsNoTracking().ToDictionaryAsync(t => t.FindingId, t => t.TextHash, ct).ConfigureAwait(false);
        var embedded = (await db.Set<AiEmbedding>().AsNoTracking().Where(e => e.Model == embedder.ModelName).Select(e => e.TextHash)
            .ToListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        var staged = 0;
        await foreach (var finding in findings.ExportAsync(new FindingQuery(), ct).ConfigureAwait(false))
        {
            var text = TextHash.FindingText(finding.Title);
            var hash = TextHash.Of(text);
            if (!known.TryGetValue(finding.Id, out var current))
            {
                db.Add(new AiFindingText { FindingId = finding.Id, TextHash = hash });
                staged++;
            }
            else if (current != hash)
            {
                db.Update(new AiFindingText { FindingId = finding.Id, TextHash = hash });
                staged++;
            }

            if (!embedded.Contains(hash))
            {
                pending.TryAdd(hash, text);
            }

            if (staged >= 5000)
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.Clear();
                staged = 0;
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await StoreAsync(db, pending, ct).ConfigureAwait(false);
        return pending.Count;
    }

    public async Task<IReadOnlyList<SemanticMatch>> SearchAsync(string query, int top, CancellationToken ct)
    {
        await IndexAsync(ct).ConfigureAwait(false);
        var probe = embedder.Embed([query], ct)[0];
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var vectors = await db.Set<AiEmbedding>().AsNoTracking().Where(e => e.Model == embedder.ModelName)
            .Select(e => new { e.TextHash, e.Text, e.Vector }).ToListAsync(ct).ConfigureAwait(false);
        var best = vectors
            .Select(v => (v.TextHash, v.Text, Score: VectorMath.Cosine(probe, VectorMath.FromBytes(v.Vector))))
            .OrderByDescending(v => v.Score).Take(Math.Max(1, top)).ToList();
        var hashes = best.Select(b => b.TextHash).ToList();
        var owners = await db.Set<AiFindingText>().AsNoTracking().Where(t => hashes.Contains(t.TextHash))
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. best.SelectMany(b => owners.Where(o => o.TextHash == b.TextHash).OrderBy(o => o.FindingId, StringComparer.Ordinal)
                .Select(o => new SemanticMatch(o.FindingId, b.Text, Math.Round(b.Score, 4))))
            .Take(Math.Max(1, top))];
    }

    /// <summary>Similarity of a query to each text, embedding (and storing) only the texts not seen before.</summary>
    public async Task<IReadOnlyList<double>> SimilaritiesAsync(string query, IReadOnlyList<string> texts, CancellationToken ct)
    {
        var probe = embedder.Embed([query], ct)[0];
        var keyed = texts.Select(t => (Text: TextHash.FindingText(t), Hash: TextHash.Of(TextHash.FindingText(t)))).ToList();
        var hashes = keyed.Select(k => k.Hash).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var stored = await db.Set<AiEmbedding>().AsNoTracking().Where(e => e.Model == embedder.ModelName && hashes.Contains(e.TextHash))
            .ToDictionaryAsync(e => e.TextHash, e => VectorMath.FromBytes(e.Vector), ct).ConfigureAwait(false);
        var missing = keyed.Where(k => !stored.ContainsKey(k.Hash)).DistinctBy(k => k.Hash).ToDictionary(k => k.Hash, k => k.Text);
        foreach (var (hash, vector) in await StoreAsync(db, missing, ct).ConfigureAwait(false))
        {
            stored[hash] = vector;
        }

        return [.. keyed.Select(k => VectorMath.Cosine(probe, stored[k.Hash]))];
    }

    private async Task<Dictionary<string, float[]>> StoreAsync(CnappAiDbContext db, Dictionary<string, string> pending, CancellationToken ct)
    {
        var result = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var chunk in pending.Chunk(Batch))
        {
            var vectors = embedder.Embed([.. chunk.Select(c => c.Value)], ct);
            for (var i = 0; i < chunk.Length; i++)
            {
                result[chunk[i].Key] = vectors[i];
                db.Add(new AiEmbedding { Model = embedder.ModelName, TextHash = chunk[i].Key, Text = chunk[i].Value, Vector = VectorMath.ToBytes(vectors[i]) });
            }

            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another indexer stored the same text first; its vector is as good as ours.
            }

            db.ChangeTracker.Clear();
        }

        return result;
    }
}

using System.Text;

namespace CnappAi.Modules.Ai.Search;

/// <summary>
/// A deterministic lexical embedding (hashed word and word-pair counts, log-scaled, unit length) for machines where the
/// ONNX model cannot load, or when configured as <c>lexical</c>. It finds shared words, not shared meaning.
/// </summary>
internal sealed class HashedLexicalEmbedder : ITextEmbedder
{
    private const int Dimensions = 384;

    public string ModelName => "lexical-hash-384";

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct) => [.. texts.Select(Embed)];

    private static float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        var words = Tokens(text);
        for (var i = 0; i < words.Count; i++)
        {
            Add(vector, words[i], 1f);
            if (i + 1 < words.Count)
            {
                Add(vector, $"{words[i]} {words[i + 1]}", 0.5f);
            }
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = MathF.Sign(vector[i]) * MathF.Log(1 + MathF.Abs(vector[i]));
        }

        return VectorMath.Normalise(vector);
    }

    private static void Add(float[] vector, string token, float weight)
    {
        var hash = Fnv1a(token);
        var sign = (hash & 0x8000_0000) == 0 ? 1f : -1f;
        vector[hash % Dimensions] += sign * weight;
    }

    private static uint Fnv1a(string token)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(token))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private static List<string> Tokens(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(Stem(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(Stem(current.ToString()));
        }

        return words;
    }

    // "buckets" and "bucket", "encrypted" and "encryption" should meet.
    private static string Stem(string word) => word.Length <= 4 ? word : word switch
    {
        _ when word.EndsWith("ion", StringComparison.Ordinal) => word[..^3],
        _ when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
        _ when word.EndsWith('s') => word[..^1],
        _ => word,
    };
}

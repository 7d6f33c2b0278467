using System.Runtime.InteropServices;

namespace CnappAi.Modules.Ai.Search;

/// <summary>Unit vectors, cosine similarity and the byte form vectors are stored in.</summary>
internal static class VectorMath
{
    public static float[] Normalise(float[] vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }

        return vector;
    }

    /// <summary>Cosine of two vectors (both embedders return unit vectors, but stored ones are not trusted to be).</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var norms = MathF.Sqrt(Dot(a, a)) * MathF.Sqrt(Dot(b, b));
        return norms == 0 ? 0 : Dot(a, b) / norms;
    }

    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}

using System.Globalization;

namespace CnappAi.Modules.SampleTenant.Determinism;

/// <summary>
/// The one source of variation: a seeded <see cref="Random"/> with the draws the generator needs. Streams are
/// derived per stack from the run seed (never from <see cref="Random.Shared"/> or string hash codes, which change
/// between processes), so the same seed, size and date give the same bytes.
/// </summary>
internal sealed class SampleRandom(int seed)
{
    private const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private readonly Random _random = new(seed);

    /// <summary>A stream for one part of the tenant, independent of how much the other parts drew.</summary>
    public static SampleRandom For(int seed, int part, int salt = 0) => new(Mix(seed, part, salt));

    public static int Mix(int seed, int part, int salt)
    {
        unchecked
        {
            var h = (uint)seed * 2654435761u;
            h ^= (uint)(part + 1) * 2246822519u;
            h = (h << 13) | (h >> 19);
            h ^= (uint)(salt + 7) * 3266489917u;
            h ^= h >> 16;
            return (int)(h & 0x7fffffff);
        }
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An index drawn in proportion to <paramref name="weights"/>.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var roll = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Lower-case hex, as AWS short ids, digests and Wiz cluster keys use.</summary>
    public string Hex(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = "0123456789abcdef"[_random.Next(16)];
        }

        return new string(chars);
    }

    public string Digits(int length)
    {
        Span<char> chars = stackalloc char[length];
        chars[0] = (char)('1' + _random.Next(9));
        for (var i = 1; i < length; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }

    /// <summary>Upper-case letters and digits (AWS unique ids such as <c>AROA...</c>, access key ids).</summary>
    public string Upper(int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[_random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A version-4 shaped UUID from the seeded stream (never <see cref="Guid.NewGuid"/>).</summary>
    public string Uuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0f) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }

    public static string ToBase36(int value)
    {
        if (value == 0)
        {
            return "0";
        }

        Span<char> chars = stackalloc char[8];
        var length = 0;
        while (value > 0)
        {
            chars[length++] = Base36[value % 36];
            value /= 36;
        }

        chars[..length].Reverse();
        return new string(chars[..length]);
    }
}

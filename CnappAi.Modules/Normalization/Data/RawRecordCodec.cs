using System.IO.Compression;
using System.Text;

namespace CnappAi.Modules.Normalization.Data;

/// <summary>
/// How a raw record is stored: deflated (zlib, fastest level) behind a two-byte marker that no text record starts
/// with. The sample tenant's vendor records shrink to about half (1.8 KB to 0.9 KB on average), which is a fifth of
/// what an import writes per finding; the decoder also reads records stored as plain text before compression was
/// introduced, so no data migration is needed.
/// </summary>
internal static class RawRecordCodec
{
    private static readonly byte[] Marker = [0x00, (byte)'Z'];

    public static byte[] Encode(string raw)
    {
        var text = Encoding.UTF8.GetBytes(raw);
        using var output = new MemoryStream(text.Length / 3 + 16);
        output.Write(Marker);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(text);
        }

        return output.ToArray();
    }

    public static string Decode(byte[] stored)
    {
        if (!stored.AsSpan().StartsWith(Marker))
        {
            return Encoding.UTF8.GetString(stored);
        }

        using var input = new MemoryStream(stored, Marker.Length, stored.Length - Marker.Length);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(zlib, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

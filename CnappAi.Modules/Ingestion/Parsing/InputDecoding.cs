using System.Text;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Turns any file into a UTF-8 stream without a BOM: exports from Windows tools arrive as UTF-16 or with a UTF-8 BOM.</summary>
internal static class InputDecoding
{
    public static Stream OpenUtf8(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        {
            stream.Position = 3;
            return stream;
        }

        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
        {
            stream.Position = 2;
            return Encoding.CreateTranscodingStream(stream, Encoding.Unicode, Encoding.UTF8);
        }

        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
        {
            stream.Position = 2;
            return Encoding.CreateTranscodingStream(stream, Encoding.BigEndianUnicode, Encoding.UTF8);
        }

        stream.Position = 0;
        return stream;
    }
}

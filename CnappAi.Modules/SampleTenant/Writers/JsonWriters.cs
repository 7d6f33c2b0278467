using System.Text.Encodings.Web;
using System.Text.Json;

namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>How every vendor file is written: compact UTF-8 JSON, non-ASCII as is (as the APIs send it), straight to a file.</summary>
internal static class JsonWriters
{
    public const int FlushAt = 32 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.SequentialScan);

    public static Utf8JsonWriter For(Stream stream) => new(stream, Options);

    public static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushAt)
        {
            writer.Flush();
        }
    }
}

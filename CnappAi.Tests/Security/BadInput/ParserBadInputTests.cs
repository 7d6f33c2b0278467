using System.Text;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Security.BadInput;

/// <summary>
/// Every parser, seeded with a real export of its format, fed hostile content: every naughty string in every string
/// field, and broken structure. Nothing may escape as an exception; every record is either parsed or rejected with a
/// location and a reason.
/// </summary>
public sealed class ParserBadInputTests
{
    public static TheoryData<string> Formats => RepresentativeFixtures.Formats();

    [Fact]
    public void EveryFormatWithAFixture_HasARepresentative()
    {
        // json formats, NDJSON and CSV all appear, so the mutations below reach each reader.
        RepresentativeFixtures.All.Count.ShouldBeGreaterThanOrEqualTo(20);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryNaughtyString_InEveryStringField_IsParsedOrRejectedWithALocation(string format)
    {
        var seed = Mutations.Of(RepresentativeFixtures.All[format]);
        var fields = Math.Max(1, seed.StringFields());
        var strings = Blns.Strings;

        // Each variant puts a different naughty string in each field, so every string lands in the export at least once.
        var variants = (strings.Count + fields - 1) / fields;
        for (var v = 0; v < variants; v++)
        {
            var content = seed.Rewrite(i => strings[((v * fields) + i) % strings.Count]);
            await AssertParsedOrRejectedAsync(content, seed.Extension, $"{format} variant {v}");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ATruncatedFile_KeepsWhatIsComplete_AndRejectsTheRestWithALocation(string format)
    {
        var bytes = await File.ReadAllBytesAsync(RepresentativeFixtures.All[format]);
        foreach (var fraction in new[] { 0.1, 0.5, 0.9 })
        {
            var cut = bytes[..(int)(bytes.Length * fraction)];
            await AssertParsedOrRejectedAsync(cut, Path.GetExtension(RepresentativeFixtures.All[format]), $"{format} cut at {fraction:P0}", expectSomething: true);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task AUtf8ByteOrderMark_ChangesNothing(string format)
    {
        var path = RepresentativeFixtures.All[format];
        var plain = await File.ReadAllBytesAsync(path);
        var withoutBom = plain.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? plain[3..] : plain;

        var a = await ParseBytesAsync(withoutBom, Path.GetExtension(path));
        var b = await ParseBytesAsync([.. Encoding.UTF8.Preamble, .. withoutBom], Path.GetExtension(path));

        b.Format.ShouldBe(a.Format);
        b.Observations.Count.ShouldBe(a.Observations.Count);
        b.Observations.Select(o => o.Title).ShouldBe(a.Observations.Select(o => o.Title));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task InvalidUtf8_InTheMiddle_IsParsedOrRejected_NeverThrown(string format)
    {
        var path = RepresentativeFixtures.All[format];
        var bytes = await File.ReadAllBytesAsync(path);
        var middle = Array.IndexOf(bytes, (byte)'"', bytes.Length / 2);
        var at = middle < 0 ? bytes.Length / 2 : middle + 1;
        byte[] broken = [.. bytes[..at], 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. bytes[at..]];

        await AssertParsedOrRejectedAsync(broken, Path.GetExtension(path), $"{format} with invalid UTF-8");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task AHugeField_IsParsedOrRejected(string format)
    {
        var seed = Mutations.Of(RepresentativeFixtures.All[format]);
        var huge = new string('A', 8 * 1024 * 1024);

        await AssertParsedOrRejectedAsync(seed.Rewrite(i => i == 0 ? huge : "x"), seed.Extension, $"{format} with an 8 MB field");
    }

    [Theory]
    [InlineData("[", ".json")]
    [InlineData("{\"Findings\": [", ".json")]
    [InlineData("{\"Findings\": [{\"Id\": \"a\", \"Id\": \"b\", \"Title\": \"dup\", \"Title\": \"dup2\"}]}", ".json")]
    [InlineData("\0\0\0\0", ".json")]
    [InlineData("Id;Title;Severity\n1;a;HIGH\n", ".csv")]
    [InlineData("=cmd|' /C calc'!A0,@SUM(1),+1,-1\n=1,=2,=3,=4\n", ".csv")]
    [InlineData("not json, not csv, not anything", ".txt")]
    [InlineData("", ".json")]
    [InlineData("   \n\t  ", ".json")]
    [InlineData("{}", ".json")]
    [InlineData("[]", ".json")]
    [InlineData("null", ".json")]
    [InlineData("\"a string\"", ".json")]
    [InlineData("{\"a\":1}\n{broken\n{\"b\":2}\n", ".jsonl")]
    public async Task HandWrittenBadFiles_AreNamedOrRejected_NeverThrown(string content, string extension)
    {
        await AssertParsedOrRejectedAsync(Encoding.UTF8.GetBytes(content), extension, content);
    }

    [Fact]
    public async Task DeepNesting_IsRejected_WithoutExhaustingTheStack()
    {
        var deep = "{\"Findings\": [{\"Id\": \"a\", \"Title\": " + new string('[', 100_000) + new string(']', 100_000) + "}]}";

        await AssertParsedOrRejectedAsync(Encoding.UTF8.GetBytes(deep), ".json", "100,000 nested arrays");
    }

    private static async Task AssertParsedOrRejectedAsync(string content, string extension, string what) =>
        await AssertParsedOrRejectedAsync(Encoding.UTF8.GetBytes(content), extension, what);

    private static async Task AssertParsedOrRejectedAsync(byte[] content, string extension, string what, bool expectSomething = false)
    {
        ParsedFile parsed;
        try
        {
            parsed = await ParseBytesAsync(content, extension);
        }
        catch (Exception ex)
        {
            throw new ShouldAssertException($"{what}: the parser threw {ex.GetType().Name}: {ex.Message}");
        }

        parsed.Rejections.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.Location) && !string.IsNullOrWhiteSpace(r.Error), what);
        if (expectSomething)
        {
            (parsed.Observations.Count + parsed.Rejections.Count).ShouldBeGreaterThan(0, what);
        }
    }

    private static async Task<ParsedFile> ParseBytesAsync(byte[] content, string extension)
    {
        using var files = new TempFiles();
        var path = Path.Combine(files.Directory, "input" + extension);
        await File.WriteAllBytesAsync(path, content);
        return await ParserHarness.ParseAsync(path);
    }
}

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Recognises a delimited text header and its delimiter (comma, semicolon or tab).</summary>
internal static class CsvSniffer
{
    private static readonly char[] Delimiters = [',', ';', '\t'];

    public static FileSniff Sniff(string text)
    {
        var firstLine = FirstLine(text);
        var delimiter = Delimiters.MaxBy(d => CountOutsideQuotes(firstLine, d));
        if (CountOutsideQuotes(firstLine, delimiter) == 0)
        {
            return new FileSniff { Kind = ContentKind.Unknown, Head = text };
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var reader = new CsvReader(new StringReader(text), config);
        var header = reader.Read() ? (reader.Parser.Record ?? []) : [];
        return new FileSniff
        {
            Kind = header.Length >= 2 ? ContentKind.Csv : ContentKind.Unknown,
            Head = text,
            CsvHeader = [.. header.Select(h => h.Trim())],
            CsvDelimiter = delimiter,
        };
    }

    private static string FirstLine(string text)
    {
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && text[i] is '\n' or '\r')
            {
                return text[..i];
            }
        }

        return text;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == delimiter)
            {
                count++;
            }
        }

        return count;
    }
}

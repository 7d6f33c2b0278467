using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>
/// Timestamps are stored as Unix milliseconds: SQLite cannot order or compare DateTimeOffset text, and an
/// integer sorts and indexes the same on every provider.
/// </summary>
internal static class UnixTime
{
    public static readonly ValueConverter<DateTimeOffset, long> Converter = new(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    public static readonly ValueConverter<DateTimeOffset?, long?> NullableConverter = new(
        v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : null,
        v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);
}

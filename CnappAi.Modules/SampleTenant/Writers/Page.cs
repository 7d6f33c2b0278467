namespace CnappAi.Modules.SampleTenant.Writers;

/// <summary>One page of a result set: its number (from 1), how many pages and rows there are in all, and the next page's token.</summary>
internal sealed record Page(string Stream, int Number, int Pages, int Rows, int Total)
{
    public bool IsLast => Number == Pages;

    /// <summary>An opaque token for the following page, or null on the last page.</summary>
    public string? NextToken => IsLast ? null : Determinism.StableIds.PageToken(Stream, Number + 1);
}

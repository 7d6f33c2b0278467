namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// Which stored findings to stream as <see cref="ClusterMember"/>s; set filters combine with AND and none set means
/// every finding. <see cref="ClusterIds"/>, <see cref="ResourceUids"/>, <see cref="ChangedSince"/> and
/// <see cref="MultiMemberOnly"/> select whole unified findings (all their members stream); <see cref="Source"/> and
/// <see cref="RuleIds"/> select single findings. Results are ordered by cluster, then id, so each unified finding's
/// members arrive together.
/// </summary>
public sealed record MemberFilter
{
    /// <summary>Only these unified findings.</summary>
    public IReadOnlyCollection<string> ClusterIds { get; init; } = [];

    /// <summary>Only unified findings with a member on one of these resources.</summary>
    public IReadOnlyCollection<string> ResourceUids { get; init; } = [];

    /// <summary>Only unified findings with a member created or changed at or after this time.</summary>
    public DateTimeOffset? ChangedSince { get; init; }

    /// <summary>Only unified findings that have more than one member.</summary>
    public bool MultiMemberOnly { get; init; }

    /// <summary>Only findings of this source (lower-case source name).</summary>
    public string? Source { get; init; }

    /// <summary>Only findings with one of these rule ids, or titles for rules known by title (with <see cref="Source"/>, that source's rules).</summary>
    public IReadOnlyCollection<string> RuleIds { get; init; } = [];
}

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Every rule the gate knows, indexed by normalized rule id.</summary>
internal sealed class GuidanceCatalog
{
    private readonly Dictionary<string, RuleGuidance> _byRule;

    public GuidanceCatalog()
        : this([.. StorageGuidance.All, .. NetworkGuidance.All, .. IdentityGuidance.All, .. ComputeGuidance.All,
                .. DatabaseGuidance.All, .. LoggingGuidance.All, .. ContainerGuidance.All])
    {
    }

    public GuidanceCatalog(IReadOnlyList<RuleGuidance> entries)
    {
        Entries = entries;
        _byRule = new Dictionary<string, RuleGuidance>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var rule in entry.RuleIds)
            {
                // A rule id in two entries would make the answer depend on list order: refuse it at start-up.
                if (!_byRule.TryAdd(RuleIds.Normalize(rule), entry))
                {
                    throw new InvalidOperationException($"rule {rule} is catalogued twice ({_byRule[RuleIds.Normalize(rule)].Key}, {entry.Key})");
                }
            }
        }
    }

    public IReadOnlyList<RuleGuidance> Entries { get; }

    public RuleGuidance? Find(string ruleId) => _byRule.GetValueOrDefault(RuleIds.Normalize(ruleId));
}

using System.Collections.Frozen;
using CnappAi.Modules.Risk.Exceptions;
using CnappAi.Modules.Risk.ThreatIntel;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>What scoring reads besides the findings, loaded once per pass: threat intel, exceptions in force, attack-path members, and "now".</summary>
internal sealed record ScoringContext(
    ThreatIntelSnapshot Intel,
    ActiveExceptions Exceptions,
    FrozenSet<string> PathClusters,
    DateTimeOffset Now);

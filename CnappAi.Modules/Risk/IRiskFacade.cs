using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk;

/// <summary>Risk scoring.</summary>
public interface IRiskFacade
{
    /// <summary>The score an observation gets from its own fields (severity, CVSS, status) at import time.</summary>
    RiskAssessment ScoreAtImport(NormalizedObservation observation);
}

using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation;

internal sealed class CorrelationFacade : ICorrelationFacade
{
    public string ClusterIdOf(NormalizedObservation observation) => ClusterKey.Of(observation);
}

using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation;

/// <summary>Decides which unified finding (cluster) an observation belongs to.</summary>
public interface ICorrelationFacade
{
    /// <summary>The cluster id: the same problem on the same resource gives the same id, whichever tool reported it.</summary>
    string ClusterIdOf(NormalizedObservation observation);
}

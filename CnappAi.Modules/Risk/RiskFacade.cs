using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.ScoreRisk;

namespace CnappAi.Modules.Risk;

internal sealed class RiskFacade : IRiskFacade
{
    public RiskAssessment ScoreAtImport(NormalizedObservation observation) => BaselineRiskModel.Score(observation);
}

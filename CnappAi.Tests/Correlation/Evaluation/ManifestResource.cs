namespace CnappAi.Tests.Correlation.Evaluation;

/// <summary>A manifest resource: its environment, exposure and crown-jewel flag.</summary>
internal sealed record ManifestResource(string Uid, string Environment, bool InternetFacing, bool CrownJewel);

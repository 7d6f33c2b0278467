namespace CnappAi.Tests.Correlation.Evaluation;

/// <summary>A manifest problem: what it is, where, its true disposition and which observations (source + id) report it.</summary>
internal sealed record ManifestProblem(string Id, string Kind, string Key, string Resource, string Disposition, bool Kev, bool Noise, IReadOnlyList<(string Source, string Id)> Observations);

namespace CnappAi.Modules.Ai.Contracts;

/// <summary>A record an answer relies on. <see cref="Link"/> is a dashboard path.</summary>
/// <param name="Kind"><c>finding</c> or <c>asset</c>.</param>
public sealed record CitedRecord(string Kind, string Id, string Title, string Link);

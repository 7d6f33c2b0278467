namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>A secure version of the offending code.</summary>
/// <param name="Summary">What the change does, in one line.</param>
/// <param name="Snippet">The offending snippet with the fix applied, or a secure example when there was no snippet to edit.</param>
/// <param name="Language">Code fence language: <c>hcl</c>, <c>dockerfile</c>, <c>yaml</c>.</param>
/// <param name="Edited">True when <see cref="Snippet"/> is the scanned code itself, changed; false for an example.</param>
/// <param name="Source">Where it came from: <c>fix-catalogue</c> (or a model, once one is configured).</param>
/// <param name="ChangedLines">1-based lines of <see cref="Snippet"/> that the fix added or changed.</param>
public sealed record GateFix(string Summary, string Snippet, string Language, bool Edited, string Source, IReadOnlyList<int> ChangedLines);

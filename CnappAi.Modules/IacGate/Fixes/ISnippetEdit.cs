namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>One change a fix makes to the offending snippet. Returns false when there was nothing to change.</summary>
internal interface ISnippetEdit
{
    bool Apply(HclDocument document, FixContext context);
}

namespace CnappAi.Modules.Normalization.Contracts;

public enum FindingSort
{
    Risk = 0,
    Severity = 1,
    LastSeen = 2,
    Title = 3,
    Source = 4,
    Priority = 5,
}

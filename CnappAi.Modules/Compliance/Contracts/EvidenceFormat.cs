namespace CnappAi.Modules.Compliance.Contracts;

public enum EvidenceFormat
{
    Csv = 0,
    Json = 1,
    Html = 2,
}

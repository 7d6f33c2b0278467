namespace CnappAi.Modules.Briefings.Contracts;

public enum BriefingFormat
{
    Html = 0,
    Markdown = 1,
    Pdf = 2,
    Json = 3,
}

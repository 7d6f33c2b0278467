namespace CnappAi.Modules.Remediation;

internal sealed class GitHubOptions
{
    public string ApiBaseUrl { get; set; } = "https://api.github.com/";
    public string Token { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Repository { get; set; } = "";
    public string BaseBranch { get; set; } = "main";

    /// <summary>Where the fix is committed; <c>{finding}</c> is replaced with the finding id.</summary>
    public string PathTemplate { get; set; } = "remediation/{finding}.tf";
}

using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.IacGate;

/// <summary>
/// Settings of the gate (section <c>Gate</c>). The endpoint's bearer token is a secret: set it in the environment
/// variable <c>CNAPPAI_GATE__TOKEN</c> (or <c>Gate__Token</c>), never in appsettings.json. Without a token the
/// endpoint refuses every request.
/// </summary>
internal sealed class IacGateOptions
{
    public const string SectionName = "Gate";

    /// <summary>The configuration key the environment variable <c>CNAPPAI_GATE__TOKEN</c> becomes.</summary>
    public const string TokenEnvironmentKey = "CNAPPAI_GATE:TOKEN";

    [MinLength(16, ErrorMessage = "the gate token must be at least 16 characters; generate one with 'openssl rand -hex 32'")]
    public string? Token { get; set; }

    /// <summary>The largest request the endpoint reads (the scan plus an optional baseline and exceptions file).</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Workspace or environment folder names that deploy to development only.</summary>
    [Required]
    public List<string> DevWorkspaces { get; set; } = ["dev", "development", "sandbox"];
}

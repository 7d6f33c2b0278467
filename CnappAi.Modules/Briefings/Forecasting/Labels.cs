namespace CnappAi.Modules.Briefings.Forecasting;

/// <summary>How snapshot keys read in a briefing: <c>gcp/identity</c> becomes "IAM in GCP".</summary>
internal static class Labels
{
    public static string Of(string key) => key.Split('/') switch
    {
        [var cloud, var category] => $"{Category(category)} in {Cloud(cloud)}",
        [var single] => Clouds.ContainsKey(single) ? Cloud(single) : Category(single),
        _ => key,
    };

    public static string Cloud(string key) => Clouds.TryGetValue(key, out var label) ? label : key;

    public static string Category(string key) => key switch
    {
        "identity" => "IAM",
        "dataexposure" => "Data exposure",
        "misconfiguration" => "Misconfiguration",
        "vulnerability" => "Vulnerability",
        "threat" => "Threat",
        "secret" => "Secret",
        "compliance" => "Compliance",
        _ => key,
    };

    private static readonly Dictionary<string, string> Clouds = new(StringComparer.Ordinal)
    {
        ["aws"] = "AWS",
        ["azure"] = "Azure",
        ["gcp"] = "GCP",
        ["kubernetes"] = "Kubernetes",
        ["container"] = "Containers",
        ["code"] = "Code",
        ["unknown"] = "Unknown cloud",
    };
}

using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// The cloud scope a compliance report (or one of its recommendations) covers: the AWS account, Azure subscription
/// or GCP project, read from whichever of the provider-specific keys the report uses.
/// </summary>
internal sealed record LaceworkComplianceScope(CloudProvider Provider, string? Account, string? ReportName, DateTimeOffset? ReportTime)
{
    public static LaceworkComplianceScope Of(JsonElement report, JsonElement recommendation)
    {
        var name = report.FirstStr("reportTitle", "reportType");
        var time = report.Date("reportTime") ?? recommendation.Date("START_TIME");
        if ((recommendation.Str("ACCOUNT_ID") ?? report.Str("accountId")) is { } aws)
        {
            return new(CloudProvider.Aws, aws, name, time);
        }

        if ((recommendation.Str("SUBSCRIPTION_ID") ?? report.Str("subscriptionId")) is { } azure)
        {
            return new(CloudProvider.Azure, azure, name, time);
        }

        if ((recommendation.Str("PROJECT_ID") ?? report.Str("projectId")) is { } gcp)
        {
            return new(CloudProvider.Gcp, gcp, name, time);
        }

        return new(CloudProvider.Unknown, null, name, time);
    }
}

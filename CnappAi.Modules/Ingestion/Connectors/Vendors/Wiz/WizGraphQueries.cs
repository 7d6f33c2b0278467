namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;

/// <summary>
/// The GraphQL documents we send, selecting the fields the Wiz parsers read (vendor-apis.md 1.3, 1.5, 1.6). The
/// connection is not aliased, so pages arrive as <c>data.issuesV2.nodes</c> etc., a layout the parsers detect.
/// </summary>
internal static class WizGraphQueries
{
    public const string Issues = """
        query IssuesTable($filterBy: IssueFilters, $first: Int, $after: String, $orderBy: IssueOrder) {
          issuesV2(filterBy: $filterBy, first: $first, after: $after, orderBy: $orderBy) {
            nodes {
              id type status severity createdAt updatedAt statusChangedAt resolvedAt dueAt
              sourceRule {
                __typename
                ... on Control { id name controlDescription: description resolutionRecommendation
                  securitySubCategories { title category { name framework { name } } } }
                ... on CloudEventRule { id name cloudEventRuleDescription: description }
                ... on CloudConfigurationRule { id name cloudConfigurationRuleDescription: description remediationInstructions }
              }
              entitySnapshot { id type nativeType name status cloudPlatform cloudProviderURL providerId externalId region
                resourceGroupExternalId subscriptionExternalId subscriptionName subscriptionTags tags }
              projects { id name slug businessUnit riskProfile { businessImpact } }
              serviceTickets { externalId name url }
              notes { id createdAt updatedAt text user { name email } serviceAccount { name } }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string Vulnerabilities = """
        query VulnerabilityFindings($filterBy: VulnerabilityFindingFilters, $first: Int, $after: String, $orderBy: VulnerabilityFindingOrder) {
          vulnerabilityFindings(filterBy: $filterBy, first: $first, after: $after, orderBy: $orderBy) {
            nodes {
              id portalUrl name CVEDescription CVSSSeverity vendorSeverity score exploitabilityScore impactScore hasExploit
              hasCisaKevExploit epssSeverity epssPercentile epssProbability status firstDetectedAt lastDetectedAt resolvedAt
              resolutionReason description remediation detailedName version fixedVersion detectionMethod locationPath link
              dataSourceName validatedInRuntime layerMetadata { id details isBaseLayer } projects { id name slug }
              ignoreRules { id name enabled expiredAt }
              vulnerableAsset {
                ... on VulnerableAssetBase { id type name region providerUniqueId cloudProviderURL cloudPlatform status
                  subscriptionName subscriptionExternalId subscriptionId tags }
                ... on VulnerableAssetVirtualMachine { operatingSystem ipAddresses }
                ... on VulnerableAssetContainerImage { imageId }
                ... on VulnerableAssetContainer { ImageExternalId VmExternalId PodNamespace PodName NodeName }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string Configurations = """
        query CloudConfigurationFindings($filterBy: ConfigurationFindingFilters, $first: Int, $after: String, $orderBy: ConfigurationFindingOrder) {
          configurationFindings(filterBy: $filterBy, first: $first, after: $after, orderBy: $orderBy) {
            nodes {
              id name analyzedAt updatedAt firstSeenAt severity result status remediation
              resource { id providerId name nativeType type region cloudPlatform
                subscription { id name externalId cloudProvider } tags { key value } }
              rule { id shortId name description remediationInstructions }
              evidence { currentValue expectedValue configurationPath cloudConfigurationLink }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;
}

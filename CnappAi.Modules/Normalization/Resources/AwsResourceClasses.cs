using System.Collections.Frozen;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Resources;

/// <summary>Class of an AWS resource from its parsed type (<c>ec2:instance</c>): exact type first, then the whole service.</summary>
internal static class AwsResourceClasses
{
    private static readonly FrozenDictionary<string, ResourceClass> ByType = new Dictionary<string, ResourceClass>
    {
        ["ec2:instance"] = ResourceClass.Vm,
        ["ec2:image"] = ResourceClass.Image,
        ["ec2:vpc"] = ResourceClass.Network,
        ["ec2:subnet"] = ResourceClass.Network,
        ["ec2:security-group"] = ResourceClass.Network,
        ["ec2:security-group-rule"] = ResourceClass.Network,
        ["ec2:network-acl"] = ResourceClass.Network,
        ["ec2:network-interface"] = ResourceClass.Network,
        ["ec2:elastic-ip"] = ResourceClass.Network,
        ["ec2:internet-gateway"] = ResourceClass.Network,
        ["ec2:natgateway"] = ResourceClass.Network,
        ["ec2:route-table"] = ResourceClass.Network,
        ["ec2:vpc-endpoint"] = ResourceClass.Network,
        ["ec2:vpc-peering-connection"] = ResourceClass.Network,
        ["ec2:transit-gateway"] = ResourceClass.Network,
        ["eks:cluster"] = ResourceClass.K8sCluster,
        ["lambda:function"] = ResourceClass.Function,
        ["ecs:task"] = ResourceClass.Container,
        ["ecs:service"] = ResourceClass.Container,
        ["ecs:task-definition"] = ResourceClass.Container,
        ["ecr:repository"] = ResourceClass.Image,
        ["iam:account"] = ResourceClass.Account,
        ["organizations:account"] = ResourceClass.Account,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, ResourceClass> ByService = new Dictionary<string, ResourceClass>
    {
        ["s3"] = ResourceClass.Bucket,
        ["rds"] = ResourceClass.Database,
        ["dynamodb"] = ResourceClass.Database,
        ["redshift"] = ResourceClass.Database,
        ["redshift-serverless"] = ResourceClass.Database,
        ["iam"] = ResourceClass.Identity,
        ["sso"] = ResourceClass.Identity,
        ["sts"] = ResourceClass.Identity,
        ["kms"] = ResourceClass.KeySecret,
        ["secretsmanager"] = ResourceClass.KeySecret,
        ["acm"] = ResourceClass.KeySecret,
        ["elasticloadbalancing"] = ResourceClass.LoadBalancer,
        ["cloudtrail"] = ResourceClass.Logging,
        ["logs"] = ResourceClass.Logging,
        ["ecr"] = ResourceClass.Image,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static ResourceClass Classify(string type) => TryClassify(type) ?? ResourceClass.Other;

    /// <summary>Classifies a type given as <c>service:type</c> or a bare service name; null when no table knows it.</summary>
    public static ResourceClass? TryClassify(string type)
    {
        if (ByType.TryGetValue(type, out var byType))
        {
            return byType;
        }

        var colon = type.IndexOf(':', StringComparison.Ordinal);
        var service = colon < 0 ? type : type[..colon];
        return ByService.TryGetValue(service, out var byService) ? byService : null;
    }
}

using CnappAi.Modules.Normalization.Contracts;
using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Containment for threat detections, filed under the catalogue's own key <see cref="ControlId"/>.</summary>
internal static class ThreatFixes
{
    public const string ControlId = "threat.containment";

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new(ControlId, CloudProvider.Aws, F.AwsCli, "Quarantine the instance in a security group with no rules and snapshot its volumes", """
            QSG=$(aws ec2 create-security-group --region {{region}} --group-name quarantine-{{name}} --description "quarantine" \
              --vpc-id $(aws ec2 describe-instances --region {{region}} --instance-ids {{name}} --query "Reservations[0].Instances[0].VpcId" --output text) --query GroupId --output text)
            aws ec2 revoke-security-group-egress --region {{region}} --group-id $QSG --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]'
            aws ec2 modify-instance-attribute --region {{region}} --instance-id {{name}} --groups $QSG
            for v in $(aws ec2 describe-instances --region {{region}} --instance-ids {{name}} --query "Reservations[0].Instances[0].BlockDeviceMappings[].Ebs.VolumeId" --output text); do
              aws ec2 create-snapshot --region {{region}} --volume-id $v --description "forensics {{name}}"; done
            """),
        new(ControlId, CloudProvider.Azure, F.AzureCli, "Deny all traffic to and from the VM's network interface", """
            az network nsg create -g {{resource_group}} -n quarantine-{{name}}
            az network nsg rule create -g {{resource_group}} --nsg-name quarantine-{{name}} -n deny-in --priority 100 --direction Inbound --access Deny --protocol '*' --source-address-prefixes '*' --destination-port-ranges '*'
            az network nsg rule create -g {{resource_group}} --nsg-name quarantine-{{name}} -n deny-out --priority 100 --direction Outbound --access Deny --protocol '*' --destination-address-prefixes '*' --destination-port-ranges '*'
            az network nic update -g {{resource_group}} -n <nic-name> --network-security-group quarantine-{{name}}
            """),
        new(ControlId, CloudProvider.Gcp, F.GcloudCli, "Tag the instance and deny its traffic with a high-priority firewall rule", """
            gcloud compute instances add-tags {{name}} --project {{project}} --zone {{region}} --tags=quarantine
            gcloud compute firewall-rules create quarantine-deny-egress --project {{project}} --network <network> --direction EGRESS --action DENY --rules all --target-tags quarantine --priority 0
            gcloud compute firewall-rules create quarantine-deny-ingress --project {{project}} --network <network> --direction INGRESS --action DENY --rules all --target-tags quarantine --priority 0
            """),
        new(ControlId, null, F.Kubernetes, "Cut the pod off the network (label it and apply a deny-all policy)", """
            # kubectl -n {{namespace}} label pod <pod> quarantine=true
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: quarantine
              namespace: {{namespace}}
            spec:
              podSelector:
                matchLabels:
                  quarantine: "true"
              policyTypes: ["Ingress", "Egress"]
            """),
    ];
}

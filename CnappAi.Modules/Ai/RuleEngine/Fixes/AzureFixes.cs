using CnappAi.Modules.Normalization.Contracts;
using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Azure fixes (storage accounts, NSGs, SQL, Key Vault, AKS, identity, Defender).</summary>
internal static class AzureFixes
{
    private const CloudProvider Azure = CloudProvider.Azure;

    private const string NsgRule = """
        resource "azurerm_network_security_rule" "{{tf}}_{{port}}" {
          name                        = "allow-{{port}}-trusted-only"
          resource_group_name         = "{{resource_group}}"
          network_security_group_name = "{{name}}"
          priority                    = 100
          direction                   = "Inbound"
          access                      = "Allow"
          protocol                    = "Tcp"
          source_port_range           = "*"
          destination_port_range      = "{{port}}"
          source_address_prefix       = var.trusted_cidr # never "*" or "Internet"
          destination_address_prefix  = "*"
        }
        """;

    private const string NsgCli = """
        az network nsg rule list -g {{resource_group}} --nsg-name {{name}} --subscription {{subscription}} \
          --query "[?access=='Allow' && direction=='Inbound' && (sourceAddressPrefix=='*' || sourceAddressPrefix=='Internet' || sourceAddressPrefix=='0.0.0.0/0')].{name:name,port:destinationPortRange}" -o table
        az network nsg rule update -g {{resource_group}} --nsg-name {{name}} --subscription {{subscription}} -n <rule-name> --source-address-prefixes <trusted-cidr>
        """;

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new("storage.public-access", Azure, F.AzureCli, "Disallow anonymous blob access on the account", """
            az storage account update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --allow-blob-public-access false
            """),
        new("storage.public-access", Azure, F.Terraform, "Disallow anonymous blob access", """
            resource "azurerm_storage_account" "{{tf}}" {
              # ... existing arguments ...
              name                            = "{{name}}"
              resource_group_name             = "{{resource_group}}"
              allow_nested_items_to_be_public = false
            }
            """),
        new("storage.public-access", Azure, F.Bicep, "Disallow anonymous blob access", """
            resource {{tf}} 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
              name: '{{name}}'
            }
            // in the account's own template:
            //   properties: { allowBlobPublicAccess: false, publicNetworkAccess: 'Disabled' }
            """),
        new("storage.secure-transport", Azure, F.AzureCli, "HTTPS only, TLS 1.2 minimum", """
            az storage account update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --https-only true --min-tls-version TLS1_2
            """),
        new("storage.secure-transport", Azure, F.Terraform, "HTTPS only, TLS 1.2 minimum", """
            resource "azurerm_storage_account" "{{tf}}" {
              # ... existing arguments ...
              https_traffic_only_enabled = true
              min_tls_version            = "TLS1_2"
            }
            """),
        new("storage.shared-key-access", Azure, F.AzureCli, "Turn off shared-key authorization (use Entra ID)", """
            az storage account update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --allow-shared-key-access false
            """),
        new("storage.versioning", Azure, F.AzureCli, "Blob soft delete and versioning", """
            az storage account blob-service-properties update -g {{resource_group}} --account-name {{name}} \
              --enable-delete-retention true --delete-retention-days 14 --enable-versioning true
            """),
        new("network.open-ssh", Azure, F.AzureCli, "Restrict the NSG rule that opens SSH", NsgCli),
        new("network.open-ssh", Azure, F.Terraform, "SSH only from the trusted range (or Azure Bastion)", NsgRule),
        new("network.open-rdp", Azure, F.AzureCli, "Restrict the NSG rule that opens RDP", NsgCli),
        new("network.open-rdp", Azure, F.Terraform, "RDP only from the trusted range (or Azure Bastion)", NsgRule),
        new("network.open-database-ports", Azure, F.AzureCli, "Restrict the NSG rule that opens the database port", NsgCli),
        new("network.open-all-ports", Azure, F.AzureCli, "Find and restrict rules open to the internet", NsgCli),
        new("network.flow-logs", Azure, F.AzureCli, "NSG flow logs through Network Watcher", """
            az network watcher configure --locations {{region}} --enabled true --subscription {{subscription}}
            az network watcher flow-log create --location {{region}} --name {{name}}-flowlog --nsg {{uid}} \
              --storage-account <log-storage-account-id> --retention 90
            """),
        new("database.public-access", Azure, F.AzureCli, "Turn off public network access to the SQL server", """
            az sql server update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --enable-public-network false
            """),
        new("database.public-access", Azure, F.Terraform, "Turn off public network access", """
            resource "azurerm_mssql_server" "{{tf}}" {
              # ... existing arguments ...
              public_network_access_enabled = false
            }
            """),
        new("database.auditing", Azure, F.AzureCli, "Server auditing to Log Analytics", """
            az sql server audit-policy update -g {{resource_group}} -n {{name}} --state Enabled --lat-enabled true --lat-workspace-id <workspace-id>
            """),
        new("encryption.key-deletion-protection", Azure, F.AzureCli, "Purge protection on the vault", """
            az keyvault update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --enable-purge-protection true
            """),
        new("encryption.key-deletion-protection", Azure, F.Terraform, "Soft delete and purge protection", """
            resource "azurerm_key_vault" "{{tf}}" {
              # ... existing arguments ...
              soft_delete_retention_days = 90
              purge_protection_enabled   = true
            }
            """),
        new("secrets.vault-access", Azure, F.AzureCli, "Close the vault's public endpoint", """
            az keyvault update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --public-network-access Disabled --default-action Deny
            """),
        new("kubernetes.private-api", Azure, F.AzureCli, "Limit the AKS API server to authorised ranges", """
            az aks update -g {{resource_group}} -n {{name}} --subscription {{subscription}} --api-server-authorized-ip-ranges <trusted-cidr>
            """),
        new("kubernetes.private-api", Azure, F.Terraform, "Limit the AKS API server to authorised ranges", """
            resource "azurerm_kubernetes_cluster" "{{tf}}" {
              # ... existing arguments ...
              api_server_access_profile {
                authorized_ip_ranges = [var.trusted_cidr]
              }
            }
            """),
        new("kubernetes.rbac", Azure, F.AzureCli, "Find who holds the broad role and replace it with a namespaced one", """
            az aks get-credentials -g {{resource_group}} -n {{cluster}} --subscription {{subscription}}
            kubectl get clusterrolebindings -o wide | grep -Ei 'cluster-admin|{{name}}'
            """),
        new("identity.guest-users", Azure, F.AzureCli, "Review the guest and remove its privileged role", """
            az role assignment list --all --assignee <guest-object-id> -o table
            az role assignment delete --assignee <guest-object-id> --role Owner --scope /subscriptions/{{subscription}}
            """),
        new("identity.admin-privileges", Azure, F.AzureCli, "List and narrow Owner / Contributor assignments", """
            az role assignment list --all --assignee <principal-object-id> --query "[].{role:roleDefinitionName,scope:scope}" -o table
            az role assignment delete --assignee <principal-object-id> --role Owner --scope <scope>
            """),
        new("logging.threat-detection", Azure, F.AzureCli, "Defender for Cloud plans on the subscription", """
            az security pricing create -n VirtualMachines --tier standard --subscription {{subscription}}
            az security pricing create -n StorageAccounts --tier standard --subscription {{subscription}}
            az security pricing create -n Containers --tier standard --subscription {{subscription}}
            """),
        new("logging.audit-trail", Azure, F.AzureCli, "Export the Activity Log to Log Analytics", """
            az monitor diagnostic-settings subscription create --name activity-to-law --location {{region}} --subscription {{subscription}} \
              --workspace <workspace-id> --logs '[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Policy","enabled":true}]'
            """),
        new("logging.security-contact", Azure, F.AzureCli, "Register the security contact", """
            az security contact create --name default --emails security@example.com --phone "+1-555-0100" --alert-notifications on --alerts-admins on
            """),
        new("compute.endpoint-protection", Azure, F.AzureCli, "Defender for Servers (brings Defender for Endpoint)", """
            az security pricing create -n VirtualMachines --tier standard --subscription {{subscription}}
            """),
        new("compute.os-patching", Azure, F.AzureCli, "Assess and install patches with Update Manager", """
            az vm assess-patches -g {{resource_group}} -n {{name}} --subscription {{subscription}}
            az vm install-patches -g {{resource_group}} -n {{name}} --subscription {{subscription}} --maximum-duration PT2H \
              --reboot-setting IfRequired --classifications-to-include-linux Critical Security --classifications-to-include-win Critical Security
            """),
        new("network.public-ip-vm", Azure, F.AzureCli, "Detach the public IP from the VM's NIC", """
            az vm show -g {{resource_group}} -n {{name}} --query "networkProfile.networkInterfaces[].id" -o tsv
            az network nic ip-config update -g {{resource_group}} --nic-name <nic-name> -n ipconfig1 --remove publicIpAddress
            """),
    ];
}

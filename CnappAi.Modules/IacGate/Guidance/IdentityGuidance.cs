using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>IAM policies, roles, service accounts and credentials in code.</summary>
internal static class IdentityGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("iam.admin-privileges", "identity.admin-privileges", Severity.High,
            "The policy or role grants full administrative access (every action on every resource, or an owner/admin role). "
            + "Whoever or whatever holds it can do anything in the account, including covering their tracks; grant only the actions the workload uses.",
            ["CKV_AWS_1", "CKV_AWS_62", "CKV_AZURE_39", "CKV_GCP_41", "CKV_GCP_42", "CKV_GCP_49"],
            [
                Example("aws_iam_policy_document aws_iam_policy aws_iam_role_policy aws_iam_user_policy aws_iam_group_policy",
                    "Grant the specific actions and resources the workload needs", LeastPrivilegePolicy),
            ]),

        new("gcp.default-service-account", "identity.default-service-account", Severity.Medium,
            "The VM runs as the Compute Engine default service account, which has the broad Editor role on the project: anything that "
            + "takes over the VM can change almost everything in the project.",
            ["CKV_GCP_30", "CKV_GCP_31"],
            [For("google_compute_instance", "Run the VM as a dedicated service account with only the roles it needs",
                Set("service_account", "email", "var.workload_service_account_email"), Set("service_account", "scopes", "[\"cloud-platform\"]"))]),

        new("iam.wildcard-actions", "identity.wildcard-permissions", Severity.High,
            "A policy statement allows \"*\" as its actions (or on every resource). Wildcards silently grant every permission AWS adds later, including ones that escalate privileges.",
            ["CKV_AWS_49", "CKV_AWS_63", "AWS-0057", "AWS-IAM-NO-POLICY-WILDCARDS"],
            [Example(string.Empty, "List the exact actions and resources the workload needs", LeastPrivilegePolicy)]),

        new("iam.user-policies", "identity.inline-policies", Severity.Low,
            "Permissions are attached directly to a user. They are easy to forget when the person changes team or leaves; grant them through a group or role.",
            ["CKV_AWS_40"],
            [Example(string.Empty, "Attach the policy to a group and add the user to it", """
                resource "aws_iam_group_policy_attachment" "{name}" {
                  group      = aws_iam_group.readers.name
                  policy_arn = var.policy_arn
                }
                """)]),

        new("secrets.in-code", "secrets.exposed-credentials", Severity.Critical,
            "A credential (access key, password or secret) is written into the configuration. It ends up in the repository history, plans, state files and CI logs, "
            + "where anyone with read access can take it. Rotate it now and read it from a secret store at run time.",
            ["CKV_AWS_41", "CKV_AWS_45", "CKV_AWS_46", "CKV_AZURE_45"],
            [
                For("aws", "Remove the hard-coded keys; let the provider use the environment, a profile or an assumed role", Remove("access_key", "secret_key")),
                Example("aws_lambda_function", "Read the secret from Secrets Manager at run time, pass only its ARN", """
                    resource "aws_lambda_function" "{name}" {
                      # ... the function's other arguments ...
                      environment {
                        variables = {
                          DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db_password.arn
                        }
                      }
                    }
                    """),
            ]),

        new("azure.vm.password-auth", null, Severity.Medium,
            "The Linux VM allows password logins. Passwords can be guessed or sprayed; SSH keys cannot.",
            ["CKV_AZURE_1", "CKV_AZURE_49"],
            [For("azurerm_linux_virtual_machine azurerm_linux_virtual_machine_scale_set", "Disable password authentication and log in with an SSH key",
                Set("disable_password_authentication", "true"), Set("admin_ssh_key", "username", "var.admin_username"),
                Set("admin_ssh_key", "public_key", "var.admin_ssh_public_key"))]),
    ];

    private const string LeastPrivilegePolicy = """
        data "aws_iam_policy_document" "{name}" {
          statement {
            sid       = "ReadAppBucket"
            actions   = ["s3:GetObject", "s3:ListBucket"]
            resources = [var.app_bucket_arn, "${var.app_bucket_arn}/*"]
          }
        }
        """;
}

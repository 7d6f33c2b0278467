using CnappAi.Modules.IacGate.Fixes;
using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Managed Kubernetes clusters, workload manifests and Dockerfiles.</summary>
internal static class ContainerGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("kubernetes.public-api", "kubernetes.private-api", Severity.High,
            "The cluster's API server is reachable from the internet. Anyone can probe it, and a leaked kubeconfig works from anywhere; restrict it to your networks or make it private.",
            ["CKV_AWS_38", "CKV_AWS_39", "AWS-0040", "AWS-0041", "AWS-EKS-NO-PUBLIC-CLUSTER-ACCESS", "AWS-EKS-NO-PUBLIC-CLUSTER-ACCESS-TO-CIDR",
             "CKV_AZURE_6", "CKV_AZURE_115", "CKV_GCP_18", "CKV_GCP_20", "CKV_GCP_25"],
            [
                For("aws_eks_cluster", "Make the API endpoint private",
                    Set("vpc_config", "endpoint_private_access", "true"), Set("vpc_config", "endpoint_public_access", "false")),
                For("azurerm_kubernetes_cluster", "Make the cluster private", Set("private_cluster_enabled", "true")),
                For("google_container_cluster", "Use private nodes and a private endpoint",
                    Set("private_cluster_config", "enable_private_nodes", "true"), Set("private_cluster_config", "enable_private_endpoint", "true"),
                    Set("private_cluster_config", "master_ipv4_cidr_block", "var.master_cidr")),
            ]),

        new("kubernetes.secrets-encryption", "kubernetes.secrets-encryption", Severity.High,
            "Kubernetes secrets are stored without envelope encryption, so anyone with access to etcd or its backups can read every secret of the cluster.",
            ["CKV_AWS_58", "AWS-0039", "AWS-EKS-ENCRYPT-SECRETS"],
            [For("aws_eks_cluster", "Encrypt secrets with a KMS key",
                Set("encryption_config", "resources", "[\"secrets\"]"), Set("encryption_config.provider", "key_arn", "var.eks_secrets_kms_key_arn"))]),

        new("kubernetes.rbac", "kubernetes.rbac", Severity.High,
            "The cluster authorizes without RBAC (or with legacy ABAC), so permissions cannot be limited per user or service account.",
            ["CKV_AZURE_5", "CKV_GCP_7"],
            [
                For("azurerm_kubernetes_cluster", "Turn on Kubernetes RBAC", Set("role_based_access_control_enabled", "true")),
                For("google_container_cluster", "Turn off legacy ABAC", Set("enable_legacy_abac", "false")),
            ]),

        new("kubernetes.network-policy", "kubernetes.network-policy", Severity.Medium,
            "No network policy engine runs, so every pod can talk to every other pod; one compromised pod reaches the whole cluster.",
            ["CKV_AZURE_7", "CKV_GCP_12"],
            [
                For("azurerm_kubernetes_cluster", "Enable Azure network policies", Set("network_profile", "network_policy", "\"azure\"")),
                For("google_container_cluster", "Enable network policy enforcement", Set("network_policy", "enabled", "true")),
            ]),

        new("kubernetes.privileged", "kubernetes.privileged-containers", Severity.High,
            "The container runs privileged or may escalate privileges, which gives it (almost) root on the node: one bug in it and the node, and its other pods, are lost.",
            ["CKV_K8S_16", "CKV_K8S_20", "KSV-0017", "KSV-0001"],
            [Example(string.Empty, "Drop privileges in the container's securityContext", PodSecurityContext, SnippetLanguage.Yaml)]),

        new("kubernetes.root", "kubernetes.run-as-root", Severity.Medium,
            "The container runs as root. A process that breaks out of the application starts with full rights inside the container and an easier path to the host.",
            ["CKV_K8S_23", "KSV-0012"],
            [Example(string.Empty, "Run as a non-root user", PodSecurityContext, SnippetLanguage.Yaml)]),

        new("kubernetes.host-namespaces", "kubernetes.host-namespaces", Severity.High,
            "The pod shares the node's process, IPC or network namespace, so it can see and reach everything else running on the node.",
            ["CKV_K8S_17", "CKV_K8S_18", "CKV_K8S_19", "KSV-0008", "KSV-0009", "KSV-0010"],
            [Example(string.Empty, "Do not share the host's namespaces", """
                spec:
                  hostPID: false
                  hostIPC: false
                  hostNetwork: false
                """, SnippetLanguage.Yaml)]),

        new("kubernetes.resource-limits", "kubernetes.resource-limits", Severity.Low,
            "The container has no CPU or memory limit, so one runaway or abused pod can starve everything else on the node.",
            ["CKV_K8S_11", "CKV_K8S_13", "KSV-0011", "KSV-0018"],
            [Example(string.Empty, "Declare CPU and memory limits", """
                containers:
                  - name: app
                    resources:
                      requests:
                        cpu: 100m
                        memory: 128Mi
                      limits:
                        cpu: 500m
                        memory: 256Mi
                """, SnippetLanguage.Yaml)]),

        new("container.non-root-user", "kubernetes.run-as-root", Severity.Medium,
            "The image never switches to a non-root user, so the application runs as root inside the container.",
            ["CKV_DOCKER_3", "DS-0002"],
            [Docker("Create an unprivileged user and switch to it", "RUN groupadd --system app && useradd --system --gid app app\nUSER app", "USER ")]),

        new("container.healthcheck", "container.healthcheck", Severity.Low,
            "The image declares no HEALTHCHECK, so the runtime cannot tell a hung application from a healthy one and will not replace it.",
            ["CKV_DOCKER_2", "DS-0026"],
            [Docker("Declare a health check (point it at your application's health endpoint)",
                "HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD [\"/app/healthcheck\"]", "HEALTHCHECK")]),

        new("container.pinned-base-image", "container.trusted-base-image", Severity.Low,
            "The base image uses the 'latest' tag (or none), so every build may pull a different, unreviewed image.",
            ["CKV_DOCKER_7", "DS-0001"],
            [Docker("Pin the base image to a version (better: a digest)", "# pin the FROM line, for example: FROM python:3.12.4-slim@sha256:<digest>", "# pin")]),
    ];

    private const string PodSecurityContext = """
        containers:
          - name: app
            securityContext:
              runAsNonRoot: true
              runAsUser: 10001
              privileged: false
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities:
                drop: ["ALL"]
        """;
}

using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Kubernetes manifest and Dockerfile fixes: the same on every cloud.</summary>
internal static class WorkloadFixes
{
    private const string HardenedSecurityContext = """
        # {{kind}}/{{name}} in namespace {{namespace}}: the pod template's container security context
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                runAsGroup: 10001
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: <container>
                  securityContext:
                    allowPrivilegeEscalation: false
                    privileged: false
                    readOnlyRootFilesystem: true
                    capabilities:
                      drop: ["ALL"]
        """;

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new("kubernetes.privileged-containers", null, F.Kubernetes, "Unprivileged, no escalation, read-only root, all capabilities dropped", HardenedSecurityContext),
        new("kubernetes.run-as-root", null, F.Kubernetes, "Run as a non-root user", HardenedSecurityContext),
        new("kubernetes.run-as-root", null, F.Dockerfile, "A non-root user in the image", """
            RUN addgroup -S app -g 10001 && adduser -S app -u 10001 -G app
            USER 10001:10001
            """),
        new("kubernetes.resource-limits", null, F.Kubernetes, "Requests and limits for every container", """
            # {{kind}}/{{name}} in namespace {{namespace}}
            spec:
              template:
                spec:
                  containers:
                    - name: <container>
                      resources:
                        requests: { cpu: "100m", memory: "128Mi" }
                        limits:   { cpu: "500m", memory: "512Mi" }
            """),
        new("kubernetes.host-namespaces", null, F.Kubernetes, "No host network, PID or IPC", """
            # {{kind}}/{{name}} in namespace {{namespace}}
            spec:
              template:
                spec:
                  hostNetwork: false
                  hostPID: false
                  hostIPC: false
            """),
        new("kubernetes.network-policy", null, F.Kubernetes, "Default-deny ingress in the namespace, then allow what is needed", """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: default-deny-ingress
              namespace: {{namespace}}
            spec:
              podSelector: {}
              policyTypes: ["Ingress"]
            """),
        new("kubernetes.rbac", null, F.Kubernetes, "A namespaced role with named verbs instead of wildcards or cluster-admin", """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata:
              name: {{name}}-least-privilege
              namespace: {{namespace}}
            rules:
              - apiGroups: ["apps"]
                resources: ["deployments"]
                verbs: ["get", "list", "watch"]
            # then: kubectl delete clusterrolebinding <binding-granting-wildcards>
            """),
        new("kubernetes.anonymous-auth", null, F.Shell, "Turn off anonymous authentication on the kubelet and API server", """
            # kubelet config (/var/lib/kubelet/config.yaml):
            #   authentication: { anonymous: { enabled: false } }
            # kube-apiserver manifest: --anonymous-auth=false
            systemctl restart kubelet
            """),
        new("kubernetes.service-account-tokens", null, F.Kubernetes, "No automounted token (and a dedicated service account if the pod calls the API)", """
            # {{kind}}/{{name}} in namespace {{namespace}}
            spec:
              template:
                spec:
                  automountServiceAccountToken: false
                  serviceAccountName: {{name}}-sa
            """),
        new("container.healthcheck", null, F.Dockerfile, "A health check the runtime can probe", """
            HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
            """),
        new("container.trusted-base-image", null, F.Dockerfile, "Pin the base image by digest and package versions", """
            FROM <registry>/<base-image>@sha256:<digest>
            RUN apk add --no-cache <package>=<version>
            """),
        new("secrets.exposed-credentials", null, F.Shell, "Rotate the secret, purge it from history, and stop it coming back", """
            # 1. Revoke / rotate the credential at its issuer first: history rewrites do not un-leak it.
            # 2. Remove it from the repository history:
            git filter-repo --replace-text <(echo '<leaked-value>==>REMOVED') --force
            # 3. Load it at run time from a secret store (AWS Secrets Manager, Azure Key Vault, GCP Secret Manager) instead.
            # 4. Add a pre-commit secret scan (e.g. gitleaks) so it does not return.
            """),
    ];
}

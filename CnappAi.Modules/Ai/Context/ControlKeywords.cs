using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// Words in a vendor's rule title that name a shared control, most specific first. The crosswalk (vendor rule id to
/// control) is exact where it knows a rule; these patterns cover every rule it does not know yet.
/// </summary>
internal static class ControlKeywords
{
    public static readonly IReadOnlyList<(string ControlId, Regex Pattern)> Ordered =
    [
        P("storage.block-public-access", @"account[- ]level.*(public access|block public)|(public access block|block public access).*\baccount\b"),
        P("database.public-snapshot", @"snapshots?\b.*\bpublic|public.*\bsnapshot"),
        P("storage.public-listing", @"\blist(ing)?\b.*\b(public|anonymous|everyone)|(public|anonymous)ly? list"),
        P("kubernetes.private-api", @"(control plane|api server|api endpoint|master).*\b(public|internet|exposed|authori[sz]ed)|(public|exposed).*control plane"),
        P("function.public-access", @"(lambda|function|cloud run).*\b(public|anonymous|unauthenticated)"),
        P("database.public-access", @"(rds|database|\bsql\b|cosmos|cloud sql|redshift).*\b(public|internet)|publicly accessible.*(rds|database|db)"),
        P("storage.public-access", @"(bucket|blob|container|storage).*\b(public|anonymous|everyone|any aws user|allusers)|\bpublic(ly)?\b.*\b(bucket|blob|storage)|block public access|public access block"),
        P("storage.encryption-cmk", @"customer[- ]managed key|\bcmk\b|\bcmek\b|\bbyok\b"),
        P("encryption.key-rotation", @"(kms|key vault key|crypto ?key).*rotat|rotat.*\b(kms|cmk|crypto ?key)"),
        P("storage.secure-transport", @"secure ?transport|secure transfer|https[- ]?(only|traffic)|encryption in transit|(require|enforce).*\b(ssl|tls)\b.*request"),
        P("storage.versioning", @"versioning|soft delete.*(blob|storage)|mfa delete"),
        P("storage.shared-key-access", @"shared ?key"),
        P("compute.disk-encryption", @"\bebs\b|disk encryption|(volume|disk)s?\b.*encrypt|encrypt.*\b(volume|disk)"),
        P("storage.access-logging", @"(server )?access logging|(bucket|storage).*logging"),
        P("storage.encryption-at-rest", @"(bucket|\bs3\b|storage|blob).*(encrypt|\bsse\b)|default encryption"),
        P("kubernetes.anonymous-auth", @"anonymous[- ]auth"),
        P("network.open-ssh", @"\bssh\b|port 22\b"),
        P("network.open-rdp", @"\brdp\b|3389"),
        P("network.open-database-ports", @"mysql|postgres|sql server|\b(1433|3306|5432|1521|27017|6379|11211|9200|9092)\b|oracle|mongodb|redis|cassandra|memcached|elasticsearch|kibana|kafka|database port"),
        P("network.default-security-group", @"default security group"),
        P("network.unused-security-group", @"security groups? (not being used|unused)|unused security group|launch wizard|more than \d+ (ingress|rules)"),
        P("network.open-all-ports", @"all ports|any port|all traffic|0\.0\.0\.0/0|::/0|unrestricted (ingress|access)|wide-open|ingress filtering|telnet|\bftp\b"),
        P("network.flow-logs", @"flow log|network watcher"),
        P("network.public-ip-vm", @"public ip"),
        P("network.waf", @"\bwaf\b|web application firewall"),
        P("network.tls-version", @"tls ?1\.[01]|minimum tls|tls version|ssl polic"),
        P("identity.root-access-keys", @"root\b.*access keys?"),
        P("identity.root-mfa", @"root\b.*\bmfa\b|\bmfa\b.*\broot"),
        P("identity.root-usage", @"root account|use of the root|root user login"),
        P("identity.user-mfa", @"\bmfa\b|multi-factor"),
        P("identity.service-account-keys", @"service account keys?|user-managed key"),
        P("identity.access-key-rotation", @"access keys?.*rotat|rotat.*access keys?|api keys?"),
        P("identity.unused-credentials", @"unused (credential|password|access key)|credentials? unused|inactive user|without logins"),
        P("identity.password-policy", @"password policy"),
        P("identity.guest-users", @"guest user|external user"),
        P("kubernetes.rbac", @"\brbac\b|cluster ?role|(aks|eks|gke|kubernetes).*(role|permission|secrets)|service account token"),
        P("identity.wildcard-permissions", @"wildcard|""\*""|\*:\*"),
        P("identity.admin-privileges", @"administratoraccess|admin(istrative|istrator)? (access|privilege)|high privilege|full admin|owner role|privileges to create"),
        P("identity.cross-account-trust", @"cross-account|confused deputy|trust relationship|federat"),
        P("identity.unused-roles", @"unused role"),
        P("identity.inline-policies", @"inline polic"),
        P("compute.imdsv2", @"imds|metadata service"),
        P("compute.endpoint-protection", @"endpoint protection|anti-?malware|\bedr\b"),
        P("compute.serial-console", @"serial (console|port)"),
        P("function.runtime-supported", @"(deprecated|unsupported|end of life|eol).*runtime|runtime.*(deprecated|unsupported|end of life)"),
        P("database.backups", @"backup|multi-az|point[- ]in[- ]time"),
        P("database.iam-auth", @"iam (database )?authentication|azure ad (admin|auth)"),
        P("database.encryption-at-rest", @"(rds|database|\bsql\b|\btde\b|glue|data catalog).*encrypt|encrypt.*(rds|database|data catalog|glue)"),
        P("database.auditing", @"(database|\bsql\b|rds).*(audit|log)|enhanced monitoring"),
        P("logging.log-file-validation", @"log file validation|integrity validation"),
        P("logging.log-retention", @"retention|audit-log-max(age|backup|size)"),
        P("kubernetes.audit-logging", @"(kubernetes|k8s|aks|eks|gke|api server|control plane).*audit|audit logging is enabled"),
        P("logging.audit-trail", @"cloudtrail|activity log|audit logs?\b"),
        P("logging.threat-detection", @"guardduty|defender (for|plan)|security hub|security command center|macie|access analyzer|threat detection"),
        P("logging.config-recording", @"aws config|config recorder|asset inventory"),
        P("logging.alerting", @"metric filter|alarm|alert (for|on)|log alert"),
        P("logging.security-contact", @"security contact|contact (details|information)"),
        P("encryption.key-deletion-protection", @"purge protection|(key vault|vault)\b.*recoverable|deletion protection"),
        P("encryption.certificate-expiry", @"certificate.*expir|expir.*certificate"),
        P("secrets.vault-access", @"(key vault|secrets? manager).*(public|access polic|network)"),
        P("kubernetes.network-policy", @"network polic"),
        P("kubernetes.host-namespaces", @"host ?(network|pid|ipc)"),
        P("kubernetes.privileged-containers", @"privileged|privilege escalation|elevate its own privileges|capabilit|read-only|readonlyrootfilesystem|seccomp|apparmor"),
        P("kubernetes.run-as-root", @"runs? as root|root user|runasnonroot|root primary|root (gid|group)|user for the container"),
        P("kubernetes.resource-limits", @"(cpu|memory) (not )?limit|resource limits"),
        P("container.healthcheck", @"healthcheck|health check"),
        P("container.trusted-base-image", @"unpinned|pinned|latest tag|base image"),
        P("container.image-scanning", @"vulnerability (analysis|scanning)|scan on push|container analysis"),
        P("secrets.exposed-credentials", @"\bsecrets?\b|password in|private key|access key.*detected|credential|cleartext|sensitive information"),
    ];

    private static (string, Regex) P(string controlId, string pattern) =>
        (controlId, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
}

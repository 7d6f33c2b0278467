using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ai.Query;

/// <summary>Topics a question can be about; findings describe failures, so "without encryption" and "encryption" mean the same filter.</summary>
internal static class Concepts
{
    public static readonly IReadOnlyList<Concept> All =
    [
        C("encryption", @"encrypt|\bsse\b|\bkms\b|\bcmk\b|unencrypted", @"encrypt|\bsse\b|\bkms\b|\bcmk\b|\bcmek\b|\btde\b"),
        C("public exposure", @"\bpublic|internet|exposed|open to (the )?world|anonymous", @"public|internet|0\.0\.0\.0/0|::/0|anonymous|everyone|allusers|exposed"),
        C("mfa", @"\bmfa\b|multi-factor|2fa", @"\bmfa\b|multi-factor"),
        C("logging", @"\blog(s|ging)?\b|audit trail|cloudtrail", @"\blog|trail|audit"),
        C("root account", @"\broot\b", @"\broot\b"),
        C("ssh", @"\bssh\b|port 22\b", @"\bssh\b|port 22\b"),
        C("rdp", @"\brdp\b|3389", @"\brdp\b|3389"),
        C("admin privileges", @"\badmin|privileg|wildcard|over-?permissive", @"admin|privileg|wildcard|full access|\*:\*"),
        C("secrets", @"\bsecrets?\b|password|credential|leaked key|access keys?", @"secret|password|credential|private key|access key|token"),
        C("known exploited", @"\bkev\b|exploited|known exploit|exploit", @"exploit|\bkev\b"),
        C("backups", @"backup|versioning|snapshot", @"backup|versioning|snapshot|point.in.time"),
        C("tls", @"\btls\b|\bssl\b|https|in transit", @"\btls\b|\bssl\b|https|secure ?transport|in transit"),
        C("imds", @"\bimds|metadata service", @"\bimds|metadata"),
        C("containers as root", @"as root|privileged|root user", @"root|privileged|escalat"),
    ];

    private static Concept C(string name, string question, string finding) =>
        new(name, Rx(question), Rx(finding));

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
}

using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ai.Guardrails;

/// <summary>
/// Removes secrets before text reaches a prompt, a log or the provenance store: cloud keys, tokens, private keys,
/// JWTs, passwords in URLs and connection strings, and any value after a secret-sounding name. Findings about leaked
/// secrets carry the secret itself, so this runs on every field, not only on suspicious ones.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Marker = "[REDACTED]";

    public static string Redact(string? text, IEnumerable<string>? knownSecrets = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var result = text;
        foreach (var secret in knownSecrets ?? [])
        {
            if (secret.Length >= 6)
            {
                result = result.Replace(secret, Marker, StringComparison.Ordinal);
            }
        }

        result = PrivateKey().Replace(result, Marker);
        result = Tokens().Replace(result, Marker);
        result = UrlPassword().Replace(result, m => $"{m.Groups[1].Value}{Marker}@");
        result = NamedSecret().Replace(result, m => $"{m.Groups[1].Value}{m.Groups[2].Value}{Marker}");
        return result;
    }

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)")]
    private static partial Regex PrivateKey();

    // AWS access key ids, GitHub/GitLab/Slack/Stripe/OpenAI/Google tokens, JWTs, Azure SAS signatures.
    [GeneratedRegex(@"\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b|\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}\b|\bglpat-[A-Za-z0-9_-]{20,}\b|\bxox[abposr]-[A-Za-z0-9-]{10,}\b|\b[sr]k_(live|test)_[A-Za-z0-9]{16,}\b|\bsk-[A-Za-z0-9_-]{20,}\b|\bAIza[0-9A-Za-z_-]{35}\b|\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|\bsig=[A-Za-z0-9%+/=]{20,}")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"([a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s@/]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    // password=..., "apiKey": "...", AccountKey=..., SharedAccessKey=..., client_secret: ...
    [GeneratedRegex(@"((?:pass(?:word|wd)?|pwd|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?access[_-]?key|account[_-]?key|shared[_-]?access[_-]?key|token|auth[_-]?token|bearer|private[_-]?key|connection[_-]?string)[""']?)(\s*[:=]\s*[""']?|\s+)(?!\[REDACTED\])[^\s""',;&]{6,}", RegexOptions.IgnoreCase)]
    private static partial Regex NamedSecret();
}

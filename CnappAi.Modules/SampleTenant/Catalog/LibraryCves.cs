namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Application-library CVEs found in container images and serverless functions, by language.</summary>
internal static class LibraryCves
{
    private const string NetworkRce = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string NetworkDos = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";

    /// <summary>The headline scenario's CVE: Log4Shell, on the CISA KEV list.</summary>
    public static CveEntry Log4Shell { get; } = new("CVE-2021-44228", "log4j-core", Ecosystem.Maven, "2.14.1", "2.15.0", 10.0,
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", true,
        "JNDI features in Apache Log4j2 configuration, log messages and parameters do not protect against attacker-controlled LDAP endpoints (Log4Shell).");

    public static IReadOnlyList<CveEntry> All { get; } =
    [
        Log4Shell,
        new("CVE-2021-45046", "log4j-core", Ecosystem.Maven, "2.15.0", "2.16.0", 9.0, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:H/I:H/A:H", true,
            "The fix for CVE-2021-44228 in Log4j 2.15.0 was incomplete in certain non-default configurations."),
        new("CVE-2021-45105", "log4j-core", Ecosystem.Maven, "2.16.0", "2.17.0", 5.9, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H", false,
            "Uncontrolled recursion from self-referential lookups in Log4j2 causes a denial of service."),
        new("CVE-2022-22965", "spring-beans", Ecosystem.Maven, "5.3.17", "5.3.18", 9.8, NetworkRce, true,
            "Spring MVC or WebFlux applications on JDK 9+ are vulnerable to remote code execution via data binding (Spring4Shell)."),
        new("CVE-2022-42003", "jackson-databind", Ecosystem.Maven, "2.13.3", "2.13.4.2", 7.5, NetworkDos, false,
            "Resource exhaustion from deep wrapper array nesting when UNWRAP_SINGLE_VALUE_ARRAYS is enabled."),
        new("CVE-2020-36518", "jackson-databind", Ecosystem.Maven, "2.12.6", "2.12.6.1", 7.5, NetworkDos, false,
            "Java StackOverflow exception and denial of service via a large depth of nested objects."),
        new("CVE-2022-1471", "snakeyaml", Ecosystem.Maven, "1.33", "2.0", 9.8, NetworkRce, false,
            "SnakeYaml's Constructor does not restrict types during deserialization, allowing remote code execution."),
        new("CVE-2022-42889", "commons-text", Ecosystem.Maven, "1.9", "1.10.0", 9.8, NetworkRce, false,
            "Variable interpolation in Apache Commons Text can execute arbitrary code (Text4Shell)."),
        new("CVE-2017-5638", "struts2-core", Ecosystem.Maven, "2.3.31", "2.3.32", 10.0, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", true,
            "The Jakarta Multipart parser in Apache Struts mishandles Content-Type headers, allowing remote command execution."),
        new("CVE-2023-46604", "activemq-client", Ecosystem.Maven, "5.18.2", "5.18.3", 9.8, NetworkRce, true,
            "The OpenWire protocol marshaller can be abused to instantiate arbitrary classes and run commands."),
        new("CVE-2021-23337", "lodash", Ecosystem.Npm, "4.17.20", "4.17.21", 7.2, "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", false,
            "Command injection via the template function."),
        new("CVE-2021-44906", "minimist", Ecosystem.Npm, "1.2.5", "1.2.6", 9.8, NetworkRce, false,
            "Prototype pollution in setKey()."),
        new("CVE-2022-24999", "qs", Ecosystem.Npm, "6.10.1", "6.10.3", 7.5, NetworkDos, false,
            "Prototype poisoning through __proto__ keys in query strings crashes the Node process."),
        new("CVE-2024-37890", "ws", Ecosystem.Npm, "8.17.0", "8.17.1", 7.5, NetworkDos, false,
            "A request with more headers than the server accepts crashes a ws server."),
        new("CVE-2024-4068", "braces", Ecosystem.Npm, "3.0.2", "3.0.3", 7.5, NetworkDos, false,
            "Imbalanced braces in input exhaust memory."),
        new("CVE-2022-25883", "semver", Ecosystem.Npm, "7.5.1", "7.5.2", 7.5, NetworkDos, false,
            "Regular expression denial of service in new Range() with untrusted input."),
        new("CVE-2023-43804", "urllib3", Ecosystem.PyPI, "1.26.16", "1.26.17", 8.1, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", false,
            "urllib3 does not strip the Cookie header on cross-origin redirects."),
        new("CVE-2023-32681", "requests", Ecosystem.PyPI, "2.30.0", "2.31.0", 6.1, "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N", false,
            "Proxy-Authorization headers leak to destination servers on HTTPS redirects."),
        new("CVE-2020-14343", "PyYAML", Ecosystem.PyPI, "5.3.1", "5.4", 9.8, NetworkRce, false,
            "full_load and FullLoader allow arbitrary code execution on untrusted YAML."),
        new("CVE-2022-41723", "golang.org/x/net", Ecosystem.Go, "0.6.0", "0.7.0", 7.5, NetworkDos, false,
            "A crafted HTTP/2 stream makes the HPACK decoder use excessive CPU."),
        new("CVE-2023-39325", "golang.org/x/net", Ecosystem.Go, "0.16.0", "0.17.0", 7.5, NetworkDos, false,
            "Rapidly created and reset HTTP/2 requests exhaust server resources."),
        new("CVE-2022-32149", "golang.org/x/text", Ecosystem.Go, "0.3.7", "0.3.8", 7.5, NetworkDos, false,
            "ParseAcceptLanguage takes significant time on crafted Accept-Language headers."),
    ];
}

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Where a vulnerable package comes from, which decides the assets it appears on and how a fix is installed.</summary>
internal enum Ecosystem
{
    /// <summary>Operating-system packages on hosts only (kernel, sudo, polkit, OpenSSH).</summary>
    Host,

    /// <summary>Operating-system libraries found on hosts and in container base images.</summary>
    OsLibrary,

    /// <summary>Web servers and runtimes installed on hosts (httpd, Tomcat, PHP-FPM).</summary>
    WebServer,
    Maven,
    Npm,
    PyPI,
    Go,
}

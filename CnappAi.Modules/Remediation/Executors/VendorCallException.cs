using System.Net;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>
/// A call to a ticketing, chat, code or cloud API failed. <see cref="Ambiguous"/> means the server may have acted
/// (a timeout, a 5xx, a lost response): the executor looks the object up before trying again.
/// </summary>
internal sealed class VendorCallException : Exception
{
    public VendorCallException(string message, HttpStatusCode? status, bool ambiguous, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        Ambiguous = ambiguous;
    }

    public VendorCallException()
    {
    }

    public VendorCallException(string message)
        : base(message)
    {
    }

    public VendorCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? Status { get; }

    public bool Ambiguous { get; }
}

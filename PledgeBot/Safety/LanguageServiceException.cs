namespace PledgeBot.Safety;

/// <summary>Azure AI Language answered a request with an error status; carries the status and any Retry-After, never
/// the body (it may quote the document).</summary>
public sealed class LanguageServiceException : Exception
{
    public LanguageServiceException()
    {
    }

    public LanguageServiceException(string message)
        : base(message)
    {
    }

    public LanguageServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LanguageServiceException(int status, TimeSpan? retryAfter)
        : base($"Azure AI Language answered {status}.")
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }
}

namespace PledgeBot.Safety;

/// <summary>An Azure AI service (Language, Content Safety) answered with an error status; carries the service, the
/// status and any Retry-After, never the body (it may quote the text).</summary>
public sealed class CognitiveServiceException : Exception
{
    public CognitiveServiceException()
    {
    }

    public CognitiveServiceException(string message)
        : base(message)
    {
    }

    public CognitiveServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CognitiveServiceException(string service, int status, TimeSpan? retryAfter)
        : base($"{service} answered {status}.")
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }
}

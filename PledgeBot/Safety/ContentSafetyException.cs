namespace PledgeBot.Safety;

/// <summary>Azure AI Content Safety answered with an error status; carries the status and any Retry-After, never the
/// body (it may quote the text).</summary>
public sealed class ContentSafetyException : Exception
{
    public ContentSafetyException()
    {
    }

    public ContentSafetyException(string message)
        : base(message)
    {
    }

    public ContentSafetyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ContentSafetyException(int status, TimeSpan? retryAfter)
        : base($"Azure AI Content Safety answered {status}.")
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }
}

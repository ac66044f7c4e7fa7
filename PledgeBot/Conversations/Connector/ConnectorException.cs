namespace PledgeBot.Conversations.Connector;

/// <summary>A reply the Connector did not accept after the retries: an error status, or no answer in time.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The Connector's last status code; null when it never answered.</summary>
    public int? StatusCode { get; }
}

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>A reply a platform did not take after the retries its errors allow. <see cref="Reason"/> is a short
/// machine word (an error code or name, never message text), counted in metrics and logs.</summary>
public sealed class ChannelSendException : Exception
{
    public ChannelSendException()
    {
    }

    public ChannelSendException(string message)
        : base(message)
    {
    }

    public ChannelSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChannelSendException(string channel, string reason, bool permanent, Exception? innerException = null)
        : base($"{channel} refused a reply: {reason}", innerException)
    {
        Channel = channel;
        Reason = reason;
        Permanent = permanent;
    }

    public string Channel { get; } = "unknown";

    public string Reason { get; } = "unknown";

    /// <summary>True when retrying can never help (outside the window, blocked user, bad token).</summary>
    public bool Permanent { get; }
}

namespace PledgeBot.Conversations;

/// <summary>What became of a proactive send.</summary>
public enum ProactiveOutcome
{
    /// <summary>Every activity reached the channel.</summary>
    Delivered,

    /// <summary>The channel refused or failed after its retries; the rest were held back.</summary>
    Failed,

    /// <summary>The reference names no channel this host can send on (no <c>serviceUrl</c>, no native sender, no
    /// Direct Line conversation of this host), or is incomplete.</summary>
    Unreachable,
}

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>A channel's epoch timestamp as a time, or none when it names no time there can be: a signed body can still
/// carry any number, and <see cref="DateTimeOffset.FromUnixTimeMilliseconds"/> throws outside years 1–9999.</summary>
public static class ChannelTime
{
    private static readonly long s_maxMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary>Null for zero or less (no time sent) and for a number past the largest date.</summary>
    public static DateTimeOffset? FromUnixMilliseconds(long? milliseconds) =>
        milliseconds is { } ms && ms > 0 && ms <= s_maxMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}

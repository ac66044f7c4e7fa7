namespace PledgeBot.Conversations.NativeChannels;

/// <summary>What one native platform's webhook supplies to <see cref="ChannelWebhookEndpoint"/>, which runs every
/// platform's deliveries through the same steps in the same order: enabled? → header check → bounded body → signature
/// on the raw bytes → parse → checks on the signed update → map to activities → <see cref="ChannelTurns"/> (redelivery
/// drop, ordered queue, busy answer). A platform implements only what differs; a step it does not have answers null.</summary>
/// <typeparam name="TUpdate">What the platform's body is read into (a Messenger delivery, a Telegram update, a Zalo event).</typeparam>
public interface IChannelWebhook<TUpdate>
    where TUpdate : class
{
    /// <summary>Its channel id, body bound and the words its refusals use.</summary>
    ChannelWebhookProfile Profile { get; }

    /// <summary>The adapter the accepted activities' turns reply through.</summary>
    IChannelAdapter Adapter { get; }

    /// <summary>False while the platform is not configured: the webhook answers an empty 404 and reads nothing.</summary>
    bool IsEnabled { get; }

    /// <summary>A check on the headers alone, made before the body is read: null to go on, else the reason (401).</summary>
    string? RefuseHeaders(IHeaderDictionary headers);

    /// <summary>The signature over the raw bytes, checked before anything is parsed: null to go on, else the reason (401).</summary>
    string? RefuseBody(IHeaderDictionary headers, ReadOnlySpan<byte> body);

    /// <summary>The verified body as the platform's update, or why it is not one (400).</summary>
    ChannelParse<TUpdate> Parse(byte[] body);

    /// <summary>A check on what the signed update says (its app, its time): null to go on, else the reason (401).</summary>
    string? RefuseUpdate(TUpdate update);

    /// <summary>The update's activities, in order, and the kinds of what it carried that the bot does not handle.</summary>
    ValueTask<ChannelArrival> MapAsync(TUpdate update, CancellationToken cancellationToken);

    /// <summary>Logs one ignored kind in the platform's own words (its event ids).</summary>
    void LogIgnored(string kind);
}

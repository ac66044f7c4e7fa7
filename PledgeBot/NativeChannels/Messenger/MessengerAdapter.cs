using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.NativeChannels.Messenger;

/// <summary>Sends the bot's replies to Messenger (CHANNELS.md §3–4): each reply becomes one or more Send API messages,
/// each waiting its turn under the Page's rate limit, so a burst queues instead of failing.</summary>
public sealed class MessengerAdapter : IChannelAdapter, IAsyncDisposable
{
    private readonly MessengerClient _client;
    private readonly ILogger<MessengerAdapter> _logger;
    private readonly Lazy<ChannelRateLimiter> _limiter;

    public MessengerAdapter(MessengerClient client, IOptions<MessengerOptions> options, ILogger<MessengerAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _logger = logger;

        // One Page per configuration, so one limiter for it; Messenger sets no per-thread pace worth pacing to. Made at
        // the first reply: a channel that is off runs no limiter timers.
        var perSecond = options.Value.MessagesPerSecond;
        _limiter = new Lazy<ChannelRateLimiter>(() => new ChannelRateLimiter(perChatPerSecond: 0, overallPerSecond: perSecond));
    }

    public string ChannelId => MessengerEvents.ChannelId;

    public int SuggestedActionLimit => MessengerLimits.QuickReplies;

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsType(ActivityTypes.Message))
        {
            _logger.ReplySkipped(reply.Type ?? "none");
            return;
        }

        var psid = reply.Recipient?.Id
            ?? throw new ChannelSendException(ChannelId, "no-recipient", permanent: true);
        var page = reply.From?.Id ?? string.Empty;
        foreach (var message in MessengerReplies.Build(reply, optionsListed: ActionOverflow.IsRestReply(reply)))
        {
            await _limiter.Value.WaitAsync(page, cancellationToken);
            await _client.SendAsync(psid, message, cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => _limiter.IsValueCreated ? _limiter.Value.DisposeAsync() : ValueTask.CompletedTask;
}

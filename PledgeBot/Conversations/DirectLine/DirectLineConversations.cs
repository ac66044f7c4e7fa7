using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.DirectLine;

/// <summary>Starts conversations, renews their tokens and runs posted activities through the same turn pipeline as
/// <c>/api/messages</c>, logging the user's activity (Web Chat marks a send done on its echo) and then the replies.</summary>
public sealed class DirectLineConversations(
    DirectLineTokenSigner signer,
    DirectLineActivityLog log,
    TurnRunner turns,
    TimeProvider clock,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineConversations> logger)
{
    /// <summary>The bot as Direct Line shows it to the user.</summary>
    public static ChannelAccount Bot { get; } = new() { Id = "pledgebot", Name = "PledgeBot", Role = "bot" };

    public int ExpiresInSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    /// <summary>A new conversation for a user the host names (<c>dl_…</c>) unless a trusted caller named one.</summary>
    public async Task<(DirectLineToken Token, string Signed)> CreateAsync(
        string channelId, string? userId, CancellationToken cancellationToken)
    {
        var token = new DirectLineToken(
            NewId(12), userId ?? $"dl_{NewId(12)}", channelId, clock.GetUtcNow() + options.Value.TokenLifetime);
        await log.CreateAsync(token, cancellationToken);
        logger.ConversationStarted(channelId);
        return (token, signer.Issue(token));
    }

    /// <summary>The same grant with a fresh lifetime.</summary>
    public string Renew(DirectLineToken token) =>
        signer.Issue(token with { ExpiresAt = clock.GetUtcNow() + options.Value.TokenLifetime });

    /// <summary>The first time a conversation is started, the bot hears that the bot and the user joined (and greets).</summary>
    public async Task OpenAsync(DirectLineToken token, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!await log.MarkStartedAsync(token.ConversationId, cancellationToken))
        {
            return;
        }

        var user = new ChannelAccount { Id = token.UserId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{token.ConversationId}|start",
            MembersAdded = [Bot with { Role = null }, user with { Role = null }],
            From = user,
            Recipient = Bot,
            Locale = locale,
        };
        await RunTurnAsync(token, Stamp(update, token, serviceUrl), cancellationToken);
    }

    /// <summary>Stamps and logs the user's activity, runs the turn, logs the replies; returns the activity's id.</summary>
    public async Task<string> PostAsync(DirectLineToken token, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);

        // A token's user id beats whatever the page set (Direct Line API 3.0); the name is the page's to choose.
        var stamped = Stamp(activity, token, serviceUrl) with
        {
            From = (activity.From ?? new ChannelAccount()) with { Id = token.UserId, Role = "user" },
            Recipient = Bot,
        };
        var id = (await log.AppendAsync(token.ConversationId, [stamped], cancellationToken))[0];
        await RunTurnAsync(token, stamped with { Id = id }, cancellationToken);
        return id;
    }

    private async Task RunTurnAsync(DirectLineToken token, Activity activity, CancellationToken cancellationToken)
    {
        var turn = await turns.RunAsync(activity, cancellationToken);
        var replies = turn.Replies
            .Select(reply => Stamp(reply, token, activity.ServiceUrl!) with
            {
                From = (reply.From ?? Bot) with { Role = "bot" },
                Recipient = reply.Recipient ?? activity.From,
            })
            .ToArray();

        // The turn's state is saved: its replies must reach the log even if the browser hung up meanwhile.
        await log.AppendAsync(token.ConversationId, replies, lifetime.ApplicationStopping);
    }

    // Direct Line stamps what a channel owns (Direct Line API 3.0): timestamp, channel, conversation, serviceUrl.
    private Activity Stamp(Activity activity, DirectLineToken token, string serviceUrl) => activity with
    {
        Timestamp = clock.GetUtcNow(),
        ChannelId = token.ChannelId,
        Conversation = new ConversationAccount { Id = token.ConversationId },
        ServiceUrl = serviceUrl,
    };

    private static string NewId(int bytes) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}

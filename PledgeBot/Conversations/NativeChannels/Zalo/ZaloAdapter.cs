using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The Zalo OA as an <see cref="IChannelAdapter"/>: each reply becomes one or more send calls, in order,
/// paced by the OA's rate limiter. Non-message replies (typing, handoff events) have no Zalo equivalent and are skipped.</summary>
public sealed class ZaloAdapter(
    ZaloClient client,
    [FromKeyedServices(ZaloActivities.ChannelId)] ChannelRateLimiter limiter,
    IOptions<ZaloOptions> options,
    ILogger<ZaloAdapter> logger) : IChannelAdapter
{
    public string ChannelId => ZaloActivities.ChannelId;

    public int SuggestedActionLimit => options.Value.SuggestedActionLimit;

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsType(ActivityTypes.Message))
        {
            return;
        }

        var zalo = options.Value;
        var user = ZaloActivities.UserOf(reply.Conversation?.Id, zalo.OaId!)
            ?? throw new ChannelSendException(ChannelId, "no-recipient", permanent: true);
        if (ZaloMessages.ListedCardButtons(reply, zalo.SuggestedActionLimit) is > 0 and var listed)
        {
            logger.CardButtonsListed(listed);
        }

        foreach (var message in ZaloMessages.From(reply, zalo.SuggestedActionLimit, zalo.TextLimit))
        {
            await limiter.WaitAsync(zalo.OaId!, cancellationToken);
            await client.SendAsync(user, message, cancellationToken);
        }
    }
}

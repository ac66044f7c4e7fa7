using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Counsel;

/// <summary>Sends the console's messages to the young person on their own channel, through its normal send path
/// (<see cref="IProactiveSender"/>), to the reference kept sealed with the chat.</summary>
public sealed class CounselDelivery(IProactiveSender sender, CounselReferences references, IContentSource content, ILogger<CounselDelivery> logger)
{
    public ContentCatalog Content => content.Current;

    public static Language LanguageOf(CounselItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Language == "en" ? Language.English : Language.Vietnamese;
    }

    public async Task<ProactiveOutcome> SendAsync(CounselItem item, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reference = references.Open(item);
        if (reference is null)
        {
            logger.ReferenceUnreadable(item.Id);
            return ProactiveOutcome.Unreachable;
        }

        var outcome = await sender.SendAsync(reference, [activity], cancellationToken);
        if (outcome != ProactiveOutcome.Delivered)
        {
            logger.DeliveryFailed(item.Id, item.Channel, outcome);
        }

        return outcome;
    }
}

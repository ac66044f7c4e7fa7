using System.Text.Json;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Counsel;

/// <summary>Sends the console's messages to the young person on their own channel, through its normal send path
/// (<see cref="IProactiveSender"/>), to the reference kept sealed with the chat.</summary>
public sealed class CounselDelivery(IProactiveSender sender, TranscriptCipher cipher, IContentSource content, ILogger<CounselDelivery> logger)
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
        var plain = cipher.Decrypt(item.Reference, item.Id);
        var reference = plain is null ? null : JsonSerializer.Deserialize(plain, CounselJsonContext.Default.ConversationReference);
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

    /// <summary>Seals a reference for the chat <paramref name="id"/> (its id is the associated data).</summary>
    public string Seal(ConversationReference reference, string id) =>
        cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(reference, CounselJsonContext.Default.ConversationReference), id);
}

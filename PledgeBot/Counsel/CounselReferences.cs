using System.Text.Json;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Counsel;

/// <summary>How to reach the young person, kept sealed with their chat: the reference (without their name) encrypted
/// under the chat's id. Apart from the sender, so the queue the turn pipeline uses never depends on the channels' senders
/// (which depend on the turn pipeline).</summary>
public sealed class CounselReferences(TranscriptCipher cipher)
{
    public string Seal(ConversationReference reference, string chatId) =>
        cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(reference, CounselJsonContext.Default.ConversationReference), chatId);

    public ConversationReference? Open(CounselItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var plain = cipher.Decrypt(item.Reference, item.Id);
        return plain is null ? null : JsonSerializer.Deserialize(plain, CounselJsonContext.Default.ConversationReference);
    }
}

using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>What one update brings: an activity for a turn (null when ignored, <see cref="Ignored"/> says why), and for
/// a button tap the callback query to answer, with a note for the user when the tap can no longer be read.</summary>
public sealed record TelegramArrival(Activity? Activity, string? Ignored, string? CallbackQueryId = null, string? CallbackNote = null)
{
    public static TelegramArrival Ignore(string kind, string? callbackQueryId = null, string? callbackNote = null) =>
        new(null, kind, callbackQueryId, callbackNote);
}

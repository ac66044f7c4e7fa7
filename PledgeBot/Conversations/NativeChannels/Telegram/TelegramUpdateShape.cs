using Telegram.Bot.Types;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>The fields Telegram always sends on the parts of an update the bot reads. Telegram.Bot declares them
/// non-null but the deserializer leaves them null when a body omits them, so they are checked once here, where the
/// webhook can still answer 400, instead of failing in the turn.</summary>
internal static class TelegramUpdateShape
{
    /// <summary>What is missing, or null when the update has every field the bot reads.</summary>
    public static string? Missing(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is { } message && message.Chat is null)
        {
            return "message.chat";
        }

        if (update.CallbackQuery is { } tap)
        {
            if (tap.Id is null)
            {
                return "callback_query.id";
            }

            if (tap.From is null)
            {
                return "callback_query.from";
            }
        }

        return null;
    }
}

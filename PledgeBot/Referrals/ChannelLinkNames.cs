using Microsoft.Extensions.Options;
using PledgeBot.Conversations.NativeChannels.Messenger;
using PledgeBot.Conversations.NativeChannels.Telegram;

namespace PledgeBot.Referrals;

public static class ChannelLinkNames
{
    /// <summary>The Telegram bot's and the Facebook Page's names for the referral links come from the platforms' own
    /// sections (Channels:Telegram:BotName, Channels:Messenger:PageName, old keys included); the links' own keys
    /// are the fallback.</summary>
    public static IServiceCollection AddChannelLinkNames(this IServiceCollection services)
    {
        services.AddOptions<ChannelLinksOptions>().PostConfigure<IOptions<TelegramOptions>, IOptions<MessengerOptions>>((links, telegram, messenger) =>
        {
            links.TelegramBotName = telegram.Value.BotName ?? links.TelegramBotName;
            links.MessengerPageName = messenger.Value.PageName ?? links.MessengerPageName;
        });
        return services;
    }
}

using Microsoft.Extensions.Options;
using PledgeBot.Conversations.NativeChannels.Messenger;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Referrals;
using PledgeBot.Settings;

namespace PledgeBot.Conversations.NativeChannels;

/// <summary>The channels' keys that moved into their platform's one section (issue 17): a Telegram bot's or a Facebook
/// Page's settings were split between <c>Channels</c> (the name, for referral links) and <c>Channels:&lt;Platform&gt;</c>.
/// The old keys are still read, with one warning each at start.</summary>
public static class ChannelRenamedKeys
{
    public static RenamedSetting TelegramBotName { get; } = new("Channels:TelegramBotName", "Channels:Telegram:BotName");

    public static RenamedSetting MessengerPageName { get; } = new("Channels:MessengerPageName", "Channels:Messenger:PageName");

    public static IReadOnlyList<RenamedSetting> All { get; } = [TelegramBotName, MessengerPageName];

    /// <summary>Reads the old keys into the platforms' options, hands the names on to the referral links and warns at start.</summary>
    public static IServiceCollection AddRenamedChannelKeys(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().PostConfigure<IConfiguration>((options, configuration) =>
            options.BotName = TelegramBotName.Read(configuration, options.BotName));
        services.AddOptions<MessengerOptions>().PostConfigure<IConfiguration>((options, configuration) =>
            options.PageName = MessengerPageName.Read(configuration, options.PageName));
        services.AddOptions<ChannelLinksOptions>().PostConfigure<IOptions<TelegramOptions>, IOptions<MessengerOptions>>((links, telegram, messenger) =>
        {
            // The platform's section wins; ChannelLinksOptions itself still binds the old keys.
            links.TelegramBotName = telegram.Value.BotName ?? links.TelegramBotName;
            links.MessengerPageName = messenger.Value.PageName ?? links.MessengerPageName;
        });
        foreach (var key in All)
        {
            services.AddRenamedSetting(key);
        }

        return services;
    }
}

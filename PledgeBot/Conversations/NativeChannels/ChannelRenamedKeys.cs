using Microsoft.Extensions.Options;
using PledgeBot.Conversations.NativeChannels.Messenger;
using PledgeBot.Conversations.NativeChannels.Telegram;
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

    /// <summary>Reads the old keys into the platforms' options and warns at start (the referral links take the names
    /// from the platforms' options: Referrals/ChannelLinkNames).</summary>
    public static IServiceCollection AddRenamedChannelKeys(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().PostConfigure<IConfiguration>((options, configuration) =>
            options.BotName = TelegramBotName.Read(configuration, options.BotName));
        services.AddOptions<MessengerOptions>().PostConfigure<IConfiguration>((options, configuration) =>
            options.PageName = MessengerPageName.Read(configuration, options.PageName));
        foreach (var key in All)
        {
            services.AddRenamedSetting(key);
        }

        return services;
    }
}

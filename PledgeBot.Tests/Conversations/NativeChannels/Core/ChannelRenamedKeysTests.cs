using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Conversations.NativeChannels;
using PledgeBot.Conversations.NativeChannels.Messenger;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Referrals;
using PledgeBot.Settings;
using PledgeBot.Tests.Safety;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ChannelRenamedKeysTests
{
    [Fact]
    public void Reads_the_telegram_bot_name_and_the_messenger_page_name_from_their_platform_sections()
    {
        using var services = Services(("Channels:Telegram:BotName", "PledgeVN_bot"), ("Channels:Messenger:PageName", "pledge.vn"));

        Assert.Equal(("PledgeVN_bot", "pledge.vn"), Names(services));
        Assert.Equal("PledgeVN_bot", services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotName);
        Assert.Equal("pledge.vn", services.GetRequiredService<IOptions<MessengerOptions>>().Value.PageName);
        Assert.False(services.GetRequiredService<IOptions<TelegramOptions>>().Value.IsConfigured);
        Assert.False(services.GetRequiredService<IOptions<MessengerOptions>>().Value.IsConfigured);
    }

    [Fact]
    public void Still_reads_the_old_keys_into_the_platform_sections_and_the_referral_links()
    {
        using var services = Services(("Channels:TelegramBotName", "OldName_bot"), ("Channels:MessengerPageName", "old.page"));

        Assert.Equal(("OldName_bot", "old.page"), Names(services));
        Assert.Equal("OldName_bot", services.GetRequiredService<IOptions<TelegramOptions>>().Value.BotName);
        Assert.Equal("old.page", services.GetRequiredService<IOptions<MessengerOptions>>().Value.PageName);
    }

    [Fact]
    public void Prefers_the_new_key_when_both_are_set()
    {
        using var services = Services(
            ("Channels:TelegramBotName", "OldName_bot"), ("Channels:Telegram:BotName", "NewName_bot"),
            ("Channels:MessengerPageName", "old.page"), ("Channels:Messenger:PageName", "new.page"));

        Assert.Equal(("NewName_bot", "new.page"), Names(services));
    }

    [Fact]
    public void Refuses_a_bot_name_that_is_not_a_telegram_user_name_naming_the_new_key()
    {
        using var services = Services(("Channels:Telegram:BotName", "not a name"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains("Channels:Telegram:BotName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warns_once_at_start_for_each_old_key_naming_the_key_it_moved_to()
    {
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var configuration = Configuration(("Channels:TelegramBotName", "OldName_bot"), ("Channels:MessengerPageName", "old.page"), ("Channels:Telegram:BotName", "NewName_bot"));

        await new RenamedSettingsWarning(ChannelRenamedKeys.All, configuration, loggers.CreateLogger<RenamedSettingsWarning>()).StartAsync(CancellationToken.None);

        Assert.Equal(2, logs.Lines.Count(line => line.StartsWith("Warning", StringComparison.Ordinal) && (line.Contains(" 8101 ", StringComparison.Ordinal) || line.Contains(" 8102 ", StringComparison.Ordinal))));
        Assert.Contains(logs.Lines, line => line.Contains("Channels:TelegramBotName is ignored: Channels:Telegram:BotName, its new name, is set", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("Channels:MessengerPageName is read for Channels:Messenger:PageName, its new name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Says_nothing_when_only_the_new_keys_are_set()
    {
        var logs = new CapturedLogs();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs));
        var configuration = Configuration(("Channels:Telegram:BotName", "NewName_bot"), ("Channels:Messenger:PageName", "new.page"));

        await new RenamedSettingsWarning(ChannelRenamedKeys.All, configuration, loggers.CreateLogger<RenamedSettingsWarning>()).StartAsync(CancellationToken.None);

        Assert.Empty(logs.Lines);
    }

    private static (string? Bot, string? Page) Names(ServiceProvider services)
    {
        var links = services.GetRequiredService<IOptions<ChannelLinksOptions>>().Value;
        return (links.TelegramBotName, links.MessengerPageName);
    }

    // The channels' registration as Program makes it, with the referral links' options bound as Referrals binds them.
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = Configuration(settings);
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<ChannelLinksOptions>().BindConfiguration(ChannelLinksOptions.Section).ValidateDataAnnotations();
        services.AddTelegramChannel(configuration);
        services.AddMessengerChannel(configuration);
        services.AddRenamedChannelKeys();
        services.AddChannelLinkNames();
        return services.BuildServiceProvider();
    }

    private static IConfigurationRoot Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))).Build();
}

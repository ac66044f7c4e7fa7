using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Store;
using PledgeBot.Tests.Fakes;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TelegramUpdatesTests
{
    private readonly TelegramCallbackData _callbacks;
    private readonly TelegramKeyboardTitles _titles;

    public TelegramUpdatesTests()
    {
        var values = new InMemoryExpiringValues();
        var keys = new RedisKeys("test:");
        _callbacks = new TelegramCallbackData(values, keys);
        _titles = new TelegramKeyboardTitles(values, keys, new FakePseudonymizer());
    }

    [Fact]
    public async Task Maps_a_private_text_message_to_a_message_activity_with_ids_and_no_profile_data()
    {
        var arrival = await Updates().ReadAsync(Parse(TelegramUpdateJson.Text(77, 4242, "/start KOL_AN", "en")), CancellationToken.None);

        var activity = arrival.Activity!;
        Assert.Equal((ActivityTypes.Message, "77", "telegram"), (activity.Type, activity.Id, activity.ChannelId));
        Assert.Equal(("4242", "4242", "123456789"), (activity.From!.Id, activity.Conversation!.Id, activity.Recipient!.Id));
        Assert.Equal(("/start KOL_AN", "en-US"), (activity.Text, activity.Locale));
        Assert.Null(activity.From.Name);
        Assert.Null(activity.ChannelData);
    }

    [Theory]
    [InlineData("vi", "vi-VN")]
    [InlineData("en", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr", "vi-VN")]
    [InlineData(null, "vi-VN")]
    public void Takes_the_language_code_for_Vietnamese_and_English_only(string? code, string locale)
    {
        Assert.Equal(locale, TelegramUpdates.Locale(code));
    }

    [Fact]
    public async Task Turns_a_tap_on_a_keyboard_title_into_the_action_value_it_stands_for()
    {
        await _titles.RememberAsync("4242", [CardAction.ImBack("🔁 Chơi lại", "🧠 Đố vui"), CardAction.ImBack("Có", "Có")], CancellationToken.None);

        var tapped = (await Updates().ReadAsync(Parse(TelegramUpdateJson.Text(78, 4242, "🔁 Chơi lại")), CancellationToken.None)).Activity!;
        var typed = (await Updates().ReadAsync(Parse(TelegramUpdateJson.Text(79, 4242, "chơi lại đi")), CancellationToken.None)).Activity!;

        Assert.Equal("🧠 Đố vui", tapped.Text);
        Assert.Equal("chơi lại đi", typed.Text);
    }

    [Fact]
    public async Task Maps_a_callback_to_text_and_value_and_always_names_the_query_to_answer()
    {
        var key = await _callbacks.ForAsync(new string('x', 100), CancellationToken.None);

        var tap = await Updates().ReadAsync(Parse(TelegramUpdateJson.Tap(80, 4242, key, "q1")), CancellationToken.None);
        var expired = await Updates().ReadAsync(Parse(TelegramUpdateJson.Tap(81, 4242, "~k:unknownunknownunkno", "q2")), CancellationToken.None);

        Assert.Equal((new string('x', 100), "q1"), (tap.Activity!.Text, tap.CallbackQueryId));
        Assert.Equal(new string('x', 100), tap.Activity.Value!.Value.GetString());
        Assert.Null(expired.Activity);
        Assert.Equal("q2", expired.CallbackQueryId);
        Assert.NotNull(expired.CallbackNote);
    }

    [Fact]
    public async Task Ignores_groups_and_edits_and_reads_a_photo_caption()
    {
        Assert.Null((await Updates().ReadAsync(Parse(TelegramUpdateJson.Group(82, -100, "/start")), CancellationToken.None)).Activity);
        Assert.Null((await Updates().ReadAsync(Parse(TelegramUpdateJson.Edited(83, 4242, "/start")), CancellationToken.None)).Activity);
        Assert.Equal("xin chào", (await Updates().ReadAsync(Parse(TelegramUpdateJson.Photo(84, 4242, "xin chào")), CancellationToken.None)).Activity!.Text);
        Assert.Equal(string.Empty, (await Updates().ReadAsync(Parse(TelegramUpdateJson.Photo(85, 4242, null)), CancellationToken.None)).Activity!.Text);
    }

    private TelegramUpdates Updates() => new(
        Options.Create(new TelegramOptions { BotToken = "123456789:abc", WebhookSecret = "s" }), _callbacks, _titles, TimeProvider.System, PledgeBot.Tests.Safety.SafetyTestContent.Source);

    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}

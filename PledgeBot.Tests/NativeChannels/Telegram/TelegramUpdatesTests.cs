using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.NativeChannels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace PledgeBot.Tests.NativeChannels.Telegram;

public sealed class TelegramUpdatesTests
{
    private readonly TelegramCallbackData _callbacks = new();
    private readonly TelegramKeyboardTitles _titles = new();

    [Fact]
    public void Maps_a_private_text_message_to_a_message_activity_with_ids_and_no_profile_data()
    {
        var arrival = Updates().Read(Parse(TelegramUpdateJson.Text(77, 4242, "/start KOL_AN", "en")));

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
    public void Turns_a_tap_on_a_keyboard_title_into_the_action_value_it_stands_for()
    {
        _titles.Remember("4242", [CardAction.ImBack("🔁 Chơi lại", "🧠 Đố vui"), CardAction.ImBack("Có", "Có")]);

        var tapped = Updates().Read(Parse(TelegramUpdateJson.Text(78, 4242, "🔁 Chơi lại"))).Activity!;
        var typed = Updates().Read(Parse(TelegramUpdateJson.Text(79, 4242, "chơi lại đi"))).Activity!;

        Assert.Equal("🧠 Đố vui", tapped.Text);
        Assert.Equal("chơi lại đi", typed.Text);
    }

    [Fact]
    public void Maps_a_callback_to_text_and_value_and_always_names_the_query_to_answer()
    {
        var key = _callbacks.For(new string('x', 100));

        var tap = Updates().Read(Parse(TelegramUpdateJson.Tap(80, 4242, key, "q1")));
        var expired = Updates().Read(Parse(TelegramUpdateJson.Tap(81, 4242, "~k:unknownunknownunkno", "q2")));

        Assert.Equal((new string('x', 100), "q1"), (tap.Activity!.Text, tap.CallbackQueryId));
        Assert.Equal(new string('x', 100), tap.Activity.Value!.Value.GetString());
        Assert.Null(expired.Activity);
        Assert.Equal("q2", expired.CallbackQueryId);
        Assert.NotNull(expired.CallbackNote);
    }

    [Fact]
    public void Ignores_groups_and_edits_and_reads_a_photo_caption()
    {
        Assert.Null(Updates().Read(Parse(TelegramUpdateJson.Group(82, -100, "/start"))).Activity);
        Assert.Null(Updates().Read(Parse(TelegramUpdateJson.Edited(83, 4242, "/start"))).Activity);
        Assert.Equal("xin chào", Updates().Read(Parse(TelegramUpdateJson.Photo(84, 4242, "xin chào"))).Activity!.Text);
        Assert.Equal(string.Empty, Updates().Read(Parse(TelegramUpdateJson.Photo(85, 4242, null))).Activity!.Text);
    }

    private TelegramUpdates Updates() => new(
        Options.Create(new TelegramOptions { BotToken = "123456789:abc", WebhookSecret = "s" }), _callbacks, _titles, TimeProvider.System);

    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;
}

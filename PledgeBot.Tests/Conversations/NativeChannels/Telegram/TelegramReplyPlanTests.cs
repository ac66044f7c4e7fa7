using System.Text;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels.Telegram;
using PledgeBot.Store;
using PledgeBot.Tests.Fakes;
using Telegram.Bot.Types.ReplyMarkups;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TelegramReplyPlanTests
{
    private readonly TelegramCallbackData _callbacks = new(new InMemoryExpiringValues(), new RedisKeys("test:"));

    [Fact]
    public async Task Puts_suggested_actions_on_a_reply_keyboard_two_a_row_and_removes_the_keyboard_from_plain_text()
    {
        var plan = new TelegramReplyPlan(_callbacks);

        var question = await plan.ForAsync(Reply("Chọn đi", actions: [CardAction.ImBack("A", "A"), CardAction.ImBack("B", "B"), CardAction.ImBack("C", "C")]), CancellationToken.None);
        var plain = await plan.ForAsync(Reply("Cảm ơn"), CancellationToken.None);

        var keyboard = Assert.IsType<ReplyKeyboardMarkup>(Assert.Single(question).Markup);
        Assert.Equal([["A", "B"], ["C"]], keyboard.Keyboard.Select(row => row.Select(button => button.Text)));
        Assert.True(keyboard.ResizeKeyboard && keyboard.OneTimeKeyboard);
        Assert.IsType<ReplyKeyboardRemove>(Assert.Single(plain).Markup);
    }

    [Fact]
    public async Task Splits_text_over_4096_characters_at_line_breaks_keeping_every_line_and_the_keyboard_on_the_last_piece()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"Dòng số {i}: " + new string('x', 20)).ToArray();
        var plan = new TelegramReplyPlan(_callbacks);

        var sends = await plan.ForAsync(Reply(string.Join('\n', lines), actions: [CardAction.ImBack("OK", "OK")]), CancellationToken.None);

        Assert.True(sends.Count > 1);
        Assert.All(sends, send => Assert.InRange(send.Text.Length, 1, 4096));
        Assert.Equal(lines, sends.SelectMany(send => send.Text.Split('\n')));
        Assert.All(sends.SkipLast(1), send => Assert.Null(send.Markup));
        Assert.IsType<ReplyKeyboardMarkup>(sends[^1].Markup);
    }

    [Fact]
    public async Task Sends_a_hero_card_as_a_photo_with_its_caption_and_inline_buttons_and_the_caption_overflow_as_text()
    {
        var longText = string.Join('\n', Enumerable.Range(1, 60).Select(i => $"Điều {i}: giữ an toàn trên mạng."));
        var card = new HeroCard
        {
            Title = "Thẻ cam kết",
            Text = longText,
            Images = [new CardImage { Url = "https://pledge.example/cards/pledge.png?n=1" }],
            Buttons = [CardAction.OpenUrl("Chia sẻ", "https://pledge.example/?ref=AB"), CardAction.ImBack("Chơi lại", "🧠 Đố vui")],
        }.ToAttachment();
        var plan = new TelegramReplyPlan(_callbacks);

        var sends = await plan.ForAsync(Reply(null, attachments: [card]), CancellationToken.None);

        var photo = sends[0];
        Assert.Equal((TelegramSendKind.Photo, "https://pledge.example/cards/pledge.png?n=1"), (photo.Kind, photo.PhotoUrl));
        Assert.InRange(photo.Text.Length, 1, 1024);
        Assert.StartsWith("Thẻ cam kết\nĐiều 1:", photo.Text, StringComparison.Ordinal);
        var buttons = Assert.IsType<InlineKeyboardMarkup>(photo.Markup).InlineKeyboard.SelectMany(row => row).ToArray();
        Assert.Equal(("Chia sẻ", "https://pledge.example/?ref=AB"), (buttons[0].Text, buttons[0].Url));
        Assert.Equal(("Chơi lại", "🧠 Đố vui"), (buttons[1].Text, buttons[1].CallbackData));
        Assert.All(sends.Skip(1), send => Assert.Equal(TelegramSendKind.Message, send.Kind));
        Assert.Equal("Thẻ cam kết\n" + longText, string.Join('\n', sends.Select(send => send.Text)));
    }

    [Fact]
    public async Task Replaces_a_button_value_over_64_bytes_with_a_short_key_that_a_tap_maps_back()
    {
        var value = "Mình cam kết không chia sẻ ảnh riêng tư và sẽ kể với người mình tin";
        var card = new HeroCard { Title = "Cam kết", Buttons = [CardAction.ImBack("Đồng ý", value)] }.ToAttachment();
        var plan = new TelegramReplyPlan(_callbacks);

        var sends = await plan.ForAsync(Reply(null, attachments: [card]), CancellationToken.None);

        var data = Assert.IsType<InlineKeyboardMarkup>(Assert.Single(sends).Markup).InlineKeyboard.Single().Single().CallbackData!;
        Assert.True(Encoding.UTF8.GetByteCount(value) > 64);
        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64);
        Assert.Equal(value, await _callbacks.ResolveAsync(data, CancellationToken.None));
        Assert.Null(await new TelegramCallbackData(new InMemoryExpiringValues(), new RedisKeys("test:")).ResolveAsync(data, CancellationToken.None));
    }

    [Fact]
    public async Task Writes_suggested_links_into_the_text_and_numbers_actions_that_come_without_text()
    {
        var plan = new TelegramReplyPlan(_callbacks);

        var links = await plan.ForAsync(Reply("Xem thêm", actions: [CardAction.OpenUrl("Trang chiến dịch", "https://pledge.example/")]), CancellationToken.None);
        var bare = await plan.ForAsync(Reply(null, actions: [CardAction.ImBack("Có", "Có"), CardAction.ImBack("Không", "Không")]), CancellationToken.None);

        Assert.Equal("Xem thêm\nTrang chiến dịch: https://pledge.example/", Assert.Single(links).Text);
        Assert.Equal("1. Có\n2. Không", Assert.Single(bare).Text);
    }

    [Fact]
    public async Task Maps_typing_to_a_chat_action_and_ignores_other_non_message_replies()
    {
        var plan = new TelegramReplyPlan(_callbacks);

        Assert.Equal(TelegramSendKind.Typing, Assert.Single(await plan.ForAsync(Reply(null) with { Type = ActivityTypes.Typing }, CancellationToken.None)).Kind);
        Assert.Empty(await plan.ForAsync(Reply(null) with { Type = ActivityTypes.Event, Name = "handoff.initiate" }, CancellationToken.None));
    }

    private static Activity Reply(string? text, IReadOnlyList<CardAction>? actions = null, IReadOnlyList<Attachment>? attachments = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = "42" },
        SuggestedActions = actions is null ? null : new SuggestedActions { Actions = actions },
        Attachments = attachments,
    };
}

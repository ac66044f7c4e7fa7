using System.Net;
using System.Text;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Collection(TelegramCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TelegramWebhookTests(TelegramHostFixture host)
{
    private const string Greeting = "Chào bạn 👋";
    private const string MenuPrompt = "Bạn muốn bắt đầu từ đâu?";

    [Fact]
    public async Task Greets_a_first_start_with_the_menu_as_a_reply_keyboard_in_the_exact_Bot_API_shape()
    {
        var chat = TelegramHostFixture.NewChat();

        using var response = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(sends, send => Assert.Equal(("POST", $"/bot{TelegramHostFixture.BotToken}/sendMessage"), (send.HttpMethod, send.Path)));
        Assert.All(sends, send => Assert.StartsWith("application/json", send.Headers["Content-Type"], StringComparison.Ordinal));
        Assert.Equal(chat, sends[0].Json.GetProperty("chat_id").GetInt64());
        Assert.StartsWith(Greeting, sends[0].Text, StringComparison.Ordinal);
        Assert.True(sends[0].Json.GetProperty("reply_markup").GetProperty("remove_keyboard").GetBoolean());
        Assert.Equal(MenuPrompt, sends[1].Text);
        Assert.Equal([["🤝 Cam kết", "🧠 Đố vui"], ["💬 Cần người lắng nghe", "English"]], sends[1].KeyboardRows);
        var keyboard = sends[1].Json.GetProperty("reply_markup");
        Assert.True(keyboard.GetProperty("resize_keyboard").GetBoolean());
        Assert.True(keyboard.GetProperty("one_time_keyboard").GetBoolean());
    }

    [Fact]
    public async Task Answers_404_and_calls_nothing_when_no_bot_token_is_configured()
    {
        using var factory = host.CreateBareFactory();
        using var client = factory.CreateClient();

        using var response = await TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), 1, "/start"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(TelegramHostFixture.Secret + "x")]
    [InlineData("TEST_SECRET-1")]
    public async Task Refuses_a_missing_or_wrong_secret_token_with_an_empty_401_and_runs_no_turn(string? secret)
    {
        var chat = TelegramHostFixture.NewChat();

        using var refused = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"), secret);
        using var accepted = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 2);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, sends.Count);
    }

    [Fact]
    public async Task Refuses_a_body_over_256_KB_with_413()
    {
        var update = TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), TelegramHostFixture.NewChat(), new string('a', 300 * 1024));

        using var response = await host.PostAsync(update);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    [InlineData("""{"update_id":"x"}""")]
    [InlineData("""{"update_id":5,"message":{"chat":"nope"}}""")]
    public async Task Answers_a_malformed_update_with_400_and_a_short_reason(string body)
    {
        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Malformed update", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ignores_edits_group_chats_and_unknown_updates_with_200_and_no_reply()
    {
        var chat = TelegramHostFixture.NewChat();

        using var edited = await host.PostAsync(TelegramUpdateJson.Edited(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        using var group = await host.PostAsync(TelegramUpdateJson.Group(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        using var unknown = await host.PostAsync("{\"update_id\":" + TelegramHostFixture.NewUpdateId() + ""","poll":{"id":"1","question":"?","options":[],"total_voter_count":0,"is_closed":false,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}}""");
        using var message = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var sends = await host.Telegram.WaitForSendsAsync(chat, 2);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { edited.StatusCode, group.StatusCode, unknown.StatusCode });
        Assert.Equal([Greeting, MenuPrompt], sends.Select(s => s.Text![..Math.Min(s.Text!.Length, s == sends[0] ? Greeting.Length : MenuPrompt.Length)]));
    }

    [Fact]
    public async Task Drops_a_redelivered_update_id_so_its_turn_runs_once()
    {
        var chat = TelegramHostFixture.NewChat();
        var update = TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start");

        using var first = await host.PostAsync(update);
        using var again = await host.PostAsync(update);
        using var quiz = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "🧠 Đố vui"));
        var requests = await host.Telegram.WaitAsync(all => FakeTelegram.Sends(all, chat).Any(s => s.Text?.StartsWith("Câu 1/", StringComparison.Ordinal) == true));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var sends = FakeTelegram.Sends(requests, chat);
        Assert.Single(sends, s => s.Text == MenuPrompt);
        Assert.Single(sends, s => s.Text!.StartsWith(Greeting, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_a_photo_caption_as_the_message_text()
    {
        var chat = TelegramHostFixture.NewChat();

        using var start = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        using var photo = await host.PostAsync(TelegramUpdateJson.Photo(TelegramHostFixture.NewUpdateId(), chat, "🧠 Đố vui"));
        var requests = await host.Telegram.WaitAsync(all => FakeTelegram.Sends(all, chat).Any(s => s.Text?.StartsWith("Câu 1/", StringComparison.Ordinal) == true));

        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Contains(FakeTelegram.Sends(requests, chat), s => s.Text!.StartsWith("🧠 Đố vui an toàn mạng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answers_every_button_tap_and_runs_its_data_as_the_message_text()
    {
        var chat = TelegramHostFixture.NewChat();

        using var start = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        await host.Telegram.WaitForSendsAsync(chat, 2);
        using var tap = await host.PostAsync(TelegramUpdateJson.Tap(TelegramHostFixture.NewUpdateId(), chat, "🧠 Đố vui", "cb-" + chat));
        var requests = await host.Telegram.WaitAsync(all =>
            FakeTelegram.Sends(all, chat).Any(s => s.Text?.StartsWith("Câu 1/", StringComparison.Ordinal) == true)
            && all.Any(r => r.BotMethod == "answerCallbackQuery" && r.Body.Contains("cb-" + chat, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, tap.StatusCode);
        var answer = Assert.Single(requests, r => r.BotMethod == "answerCallbackQuery" && r.Body.Contains("cb-" + chat, StringComparison.Ordinal));
        Assert.Equal($$"""{"callback_query_id":"cb-{{chat}}"}""", answer.Body);
    }

    [Fact]
    public async Task Answers_a_tap_on_a_forgotten_long_value_with_a_note_and_runs_no_turn()
    {
        var chat = TelegramHostFixture.NewChat();

        using var tap = await host.PostAsync(TelegramUpdateJson.Tap(TelegramHostFixture.NewUpdateId(), chat, "~k:AAAAAAAAAAAAAAAAAAAA", "old-" + chat));
        using var start = await host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, "/start"));
        var requests = await host.Telegram.WaitAsync(all =>
            FakeTelegram.Sends(all, chat).Count >= 2 && all.Any(r => r.BotMethod == "answerCallbackQuery" && r.Body.Contains("old-" + chat, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, tap.StatusCode);
        var answer = Assert.Single(requests, r => r.BotMethod == "answerCallbackQuery" && r.Body.Contains("old-" + chat, StringComparison.Ordinal));
        Assert.StartsWith("Nút này đã hết hạn", answer.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(Greeting, FakeTelegram.Sends(requests, chat)[0].Text, StringComparison.Ordinal);
    }
}

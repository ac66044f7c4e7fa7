using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

[Collection(TelegramCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed partial class TelegramConversationTests(TelegramHostFixture host, ITestOutputHelper output)
{
    [Fact]
    public async Task Pledges_by_tapping_keyboard_titles_from_greeting_to_the_card()
    {
        var chat = new TelegramChat(host);

        await chat.SayAsync("/start");
        await chat.SayAsync("🤝 Cam kết");
        for (var situation = 0; situation < 3; situation++)
        {
            await chat.SayAsync(chat.Keyboard[1]);
        }

        for (var pick = 0; pick < 3; pick++)
        {
            await chat.SayAsync(chat.Keyboard.First(title => title != "✅ Xong"));
        }

        await chat.SayAsync("✅ Xong");
        await chat.SayAsync("Miền Bắc");
        var page = await chat.SayAsync(chat.Keyboard[^1]);
        await chat.SayAsync("Phú Thọ");
        var thanks = await chat.SayAsync("18–24", sends => sends.Any(s => s.BotMethod == "sendPhoto"));
        output.WriteLine(chat.Transcript);

        Assert.Equal("Các lựa chọn khác:", page[0].Text);
        Assert.Equal(["Phú Thọ", "Xem thêm…"], page[0].KeyboardRows.SelectMany(row => row));
        Assert.StartsWith("🎉 Cảm ơn bạn!", thanks[0].Text, StringComparison.Ordinal);
        Assert.Contains("Phú Thọ", thanks[0].Text, StringComparison.Ordinal);
        var card = thanks[^1];
        Assert.Equal($"/bot{TelegramHostFixture.BotToken}/sendPhoto", card.Path);
        Assert.StartsWith($"{TelegramHostFixture.PublicBaseUrl}/cards/pledge.png?", card.Json.GetProperty("photo").GetString(), StringComparison.Ordinal);
        Assert.Equal("Thẻ cam kết của bạn", card.Text);
        Assert.Collection(
            card.InlineButtons,
            share => Assert.StartsWith("https://www.facebook.com/sharer/sharer.php?u=", share.Url, StringComparison.Ordinal),
            invite => Assert.StartsWith($"{TelegramHostFixture.PublicBaseUrl}/?ref=", invite.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cuts_thirteen_actions_to_eleven_and_More_with_a_numbered_list_and_the_More_tap_brings_the_rest()
    {
        var chat = new TelegramChat(host);
        await ToPledgePickerAsync(chat);
        await chat.SayAsync("1 2 3");
        await chat.SayAsync("xong");

        var provinces = await chat.SayAsync("Miền Bắc");
        var more = await chat.SayAsync("Thêm…");

        var shown = provinces[^1].KeyboardRows.SelectMany(row => row).ToArray();
        Assert.Equal(12, shown.Length);
        Assert.Equal("Thêm…", shown[^1]);
        Assert.Equal(6, provinces[^1].KeyboardRows.Count);
        Assert.Contains("\n1. TP. Hà Nội\n", provinces[^1].Text, StringComparison.Ordinal);
        Assert.EndsWith("\n12. Phú Thọ\n13. Xem thêm…", provinces[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Phú Thọ", "Xem thêm…"], more[0].KeyboardRows.SelectMany(row => row));
    }

    [Fact]
    public async Task Plays_the_quiz_again_when_its_play_again_title_is_tapped()
    {
        var chat = new TelegramChat(host);
        await chat.SayAsync("/start");
        await chat.SayAsync("🧠 Đố vui");
        for (var question = 0; question < 5; question++)
        {
            await chat.SayAsync(chat.Keyboard[0]);
        }

        var offer = chat.Keyboard;
        var again = await chat.SayAsync("🔁 Chơi lại");

        Assert.Equal("🔁 Chơi lại", offer[0]);
        Assert.StartsWith("🧠 Đố vui an toàn mạng!", again[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_ten_concurrent_webhooks_of_one_chat_one_turn_at_a_time_with_every_reply()
    {
        var chat = new TelegramChat(host);
        await ToPledgePickerAsync(chat);

        var posts = await Task.WhenAll(Enumerable.Range(1, 10).Select(number =>
            host.PostAsync(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat.Id, number.ToString(CultureInfo.InvariantCulture)))));
        var requests = await host.Telegram.WaitAsync(all => FakeTelegram.Sends(all, chat.Id).Count(s => PickedCount().IsMatch(s.Text!)) == 10);

        Assert.All(posts, post => Assert.Equal(HttpStatusCode.OK, post.StatusCode));
        var counts = FakeTelegram.Sends(requests, chat.Id)
            .Where(s => PickedCount().IsMatch(s.Text!))
            .Select(s => int.Parse(PickedCount().Match(s.Text!).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 10), counts);
        foreach (var post in posts)
        {
            post.Dispose();
        }
    }

    [Fact]
    public async Task Counts_a_start_code_from_a_t_me_link_for_its_referral_code()
    {
        using var staff = host.StaffClient();
        var code = $"KOL_TG{Random.Shared.Next(10_000, 99_999)}";
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "Chị Lan", kind = "kol" });
        var chat = new TelegramChat(host);

        var greeting = await chat.SayAsync($"/start {code}");
        using var details = await staff.GetAsync($"/admin/referral-codes/{code}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("Chào bạn 👋", greeting[0].Text, StringComparison.Ordinal);
        var body = JsonDocument.Parse(await details.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, body.GetProperty("code").GetProperty("reach").GetInt64());
    }

    private static async Task ToPledgePickerAsync(TelegramChat chat)
    {
        await chat.SayAsync("/start");
        await chat.SayAsync("🤝 Cam kết");
        for (var situation = 0; situation < 3; situation++)
        {
            await chat.SayAsync("1");
        }
    }

    [GeneratedRegex(@" — bạn đã chọn (\d+) điều")]
    private static partial Regex PickedCount();
}

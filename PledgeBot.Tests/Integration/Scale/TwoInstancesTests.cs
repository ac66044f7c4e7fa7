using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Flows.Pledge;
using PledgeBot.Tests.Conversations.DirectLine;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using Xunit.Abstractions;

namespace PledgeBot.Tests.Integration.Scale;

/// <summary>Two instances sharing only a Redis (<see cref="TwoInstancesFixture"/>): a conversation, a token or a tap
/// that lands on the other instance carries on as if there were one.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TwoInstancesTests(TwoInstancesFixture instances, ITestOutputHelper output) : IClassFixture<TwoInstancesFixture>
{
    private static int s_nextId;

    private HttpClient First => instances.First;

    private HttpClient Second => instances.Second;

    [Fact]
    public async Task Completes_a_pledge_whose_turns_alternate_between_the_instances_and_counts_it_once()
    {
        var turns = new List<string> { "xin chào", "cam kết" };
        turns.AddRange(Enumerable.Repeat("1", PledgeFlow.Situations));
        turns.AddRange(["1 2 3", "xong", "hà nội", "18–24"]);
        IReadOnlyList<Activity> thanks = [];
        string lastId = string.Empty;

        for (var turn = 0; turn < turns.Count; turn++)
        {
            lastId = $"two-{Interlocked.Increment(ref s_nextId)}";
            thanks = await ExpectRepliesClient.SayAsync(turn % 2 == 0 ? First : Second, lastId, turns[turn], "u-two", "c-two");
        }

        var redelivered = await ExpectRepliesClient.SayAsync(First, lastId, "18–24", "u-two", "c-two");
        var again = await SayAsync(Second, "cam kết");
        var stats = await Task.WhenAll(First.GetFromJsonAsync<JsonElement>("/api/stats"), Second.GetFromJsonAsync<JsonElement>("/api/stats"));

        Assert.Contains("1", thanks[0].Text, StringComparison.Ordinal);
        Assert.Empty(redelivered);
        Assert.StartsWith("Bạn đã cam kết ngày", again[0].Text, StringComparison.Ordinal);
        Assert.All(stats, totals => Assert.Equal(1, totals.GetProperty("pledges").GetInt64()));
        var cardUrl = Assert.Single(thanks[^1].Attachments!).Content!.Value.GetProperty("images")[0].GetProperty("url").GetString()!;
        using var cardFromTheOther = await First.GetAsync(new Uri(cardUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, cardFromTheOther.StatusCode);
    }

    [Fact]
    public async Task Accepts_on_one_instance_the_Direct_Line_token_the_other_issued()
    {
        var conversation = await new DirectLineTestClient(First).StartAsync();

        var activities = await new DirectLineTestClient(Second).GetActivitiesAsync(conversation, watermark: null);

        Assert.NotNull(activities["activities"]);
    }

    [Fact]
    public async Task Understands_a_Telegram_keyboard_tap_on_the_instance_that_did_not_send_the_keyboard()
    {
        var chat = Random.Shared.NextInt64(1_000_000, 9_000_000);
        string[] lines = ["/start", "🤝 Cam kết", .. Enumerable.Repeat("1", PledgeFlow.Situations), "1 2 3", "xong"];
        foreach (var (line, turn) in lines.Select((line, turn) => (line, turn)))
        {
            await TellTelegramAsync(turn % 2 == 0 ? First : Second, chat, line);
        }

        var provinces = await TellTelegramAsync(First, chat, "Miền Bắc");
        var more = await TellTelegramAsync(Second, chat, "Thêm…");

        Assert.Equal("Thêm…", provinces[^1].KeyboardTitles[^1]);
        Assert.Equal("Các lựa chọn khác:", more[0].Text);
        Assert.Equal(["Phú Thọ", "Xem thêm…"], more[0].KeyboardTitles);
    }

    private Task<IReadOnlyList<Activity>> SayAsync(HttpClient client, string text) =>
        ExpectRepliesClient.SayAsync(client, $"two-{Interlocked.Increment(ref s_nextId)}", text, "u-two", "c-two");

    // Posts one update and waits until the bot's answer to it ends with a reply keyboard.
    private async Task<IReadOnlyList<FakeTelegramRequest>> TellTelegramAsync(HttpClient client, long chat, string text)
    {
        var seen = FakeTelegram.Sends(instances.Telegram.Requests, chat).Count;
        using var response = await TelegramHostFixture.PostAsync(client, TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), chat, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var all = await instances.Telegram.WaitAsync(requests => FakeTelegram.Sends(requests, chat).Skip(seen).LastOrDefault()?.KeyboardRows.Count > 0);
        var sends = FakeTelegram.Sends(all, chat).Skip(seen).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"user: {text} → {string.Join(" | ", sends.Select(s => s.Text?.Split('\n')[0]))}"));
        return sends;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ZaloConversationTests(ZaloHostFixture host, ITestOutputHelper output) : IClassFixture<ZaloHostFixture>
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Runs_a_whole_conversation_from_follow_through_the_menu_into_the_quiz()
    {
        var user = ZaloWebhooks.NewUser();
        var transcript = new List<string>();

        var greeting = await SayAsync(_client, host.Zalo, user, ZaloWebhooks.Follow(user), "(follows the OA)", transcript);
        var quiz = greeting[^1].Buttons[1].GetProperty("payload").GetString()!;
        var question = await SayAsync(_client, host.Zalo, user, ZaloWebhooks.Text(user, quiz), $"(taps) {quiz}", transcript);
        var answer = question[^1].Buttons[1].GetProperty("payload").GetString()!;
        var next = await SayAsync(_client, host.Zalo, user, ZaloWebhooks.Text(user, answer), $"(taps) {answer}", transcript);
        output.WriteLine(string.Join("\n", transcript));

        Assert.Equal(4, greeting[^1].Buttons.Count);
        Assert.StartsWith("Câu 1/5", question[^1].Text, StringComparison.Ordinal);
        Assert.Contains(next, send => send.Text!.StartsWith("Câu 2/5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keeps_each_turns_replies_together_and_in_order_under_parallel_webhooks_for_one_conversation()
    {
        // A short text limit splits each turn's reply into several Zalo messages, so interleaving would show.
        var zalo = await host.StartFakeAsync();
        var factory = host.CreateFactory(zalo, ("Channels:Zalo:TextLimit", "100"));
        using var client = factory.CreateClient();
        var sequential = ZaloWebhooks.NewUser();
        var parallel = ZaloWebhooks.NewUser();
        await SayAsync(client, zalo, sequential, ZaloWebhooks.Follow(sequential), "", []);
        await SayAsync(client, zalo, parallel, ZaloWebhooks.Follow(parallel), "", []);
        var turns = new List<IReadOnlyList<FakeZaloRequest>>();
        for (var i = 0; i < 10; i++)
        {
            turns.Add(await SayAsync(client, zalo, sequential, ZaloWebhooks.Text(sequential, "giúp"), "", []));
        }

        var posts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.PostAsync(ZaloWebhooks.Text(parallel, "giúp"))));

        Assert.All(posts, post => Assert.Equal(HttpStatusCode.OK, post.StatusCode));
        Assert.All(turns, turn => Assert.True(turn.Count > 1));
        var expected = zalo.Delivered(sequential).Select(send => send.Describe()).ToList();
        var sent = await Eventually.WaitAsync(() => zalo.Delivered(parallel), sends => sends.Count >= expected.Count);
        Assert.Equal(expected, sent.Select(send => send.Describe()));
    }

    [Fact]
    public async Task Queues_a_burst_behind_the_oas_rate_limit_instead_of_failing()
    {
        var zalo = await host.StartFakeAsync();
        var factory = host.CreateFactory(zalo, ("Channels:Zalo:MessagesPerSecond", "4"));
        using var client = factory.CreateClient();
        var users = Enumerable.Range(0, 6).Select(_ => ZaloWebhooks.NewUser()).ToList();

        await Task.WhenAll(users.Select(user => client.PostAsync(ZaloWebhooks.Follow(user))));

        var sent = await Eventually.WaitAsync(() => zalo.Requests.Where(request => request.IsSend).ToList(), sends => sends.Count >= 12);
        var arrivals = sent.Select(send => send.At).Order().ToList();
        output.WriteLine(string.Join(", ", arrivals.Select(at => $"{(at - arrivals[0]).TotalMilliseconds:F0} ms")));
        // 12 messages at 4 per second: the bucket's 4, then two refills a second apart.
        Assert.True(arrivals[^1] - arrivals[0] >= TimeSpan.FromMilliseconds(900), $"span {(arrivals[^1] - arrivals[0]).TotalMilliseconds} ms");
        Assert.All(sent, send => Assert.Equal("0", send.Answer));
    }

    [Theory]
    [InlineData("ma {0}")]
    [InlineData("mã {0}")]
    [InlineData("MA {0}")]
    [InlineData("#{0}")]
    public async Task Counts_a_referral_code_sent_as_the_first_message(string shape)
    {
        using var staff = host.StaffClient();
        var code = "ZL" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "Trường THCS A", kind = "kol" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = ZaloWebhooks.NewUser();

        await SayAsync(_client, host.Zalo, user, ZaloWebhooks.Text(user, string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, code)), "", []);

        var reach = await Eventually.WaitAsync(() => Reach(staff, code), count => count == 1);
        Assert.Equal(1, reach);
    }

    [Fact]
    public async Task Offers_more_actions_than_zalo_allows_as_more_plus_a_numbered_list_and_sends_the_rest_on_more()
    {
        var zalo = await host.StartFakeAsync();
        var factory = host.CreateFactory(zalo, ("Channels:Zalo:SuggestedActionLimit", "3"));
        using var client = factory.CreateClient();
        var user = ZaloWebhooks.NewUser();
        var transcript = new List<string>();

        var greeting = await SayAsync(client, zalo, user, ZaloWebhooks.Follow(user), "(follows the OA)", transcript);
        var more = greeting[^1].Buttons[^1];
        var rest = await SayAsync(client, zalo, user, ZaloWebhooks.Text(user, more.GetProperty("payload").GetString()!), "(taps) Thêm…", transcript);
        var english = rest[^1].Buttons[^1].GetProperty("payload").GetString()!;
        var switched = await SayAsync(client, zalo, user, ZaloWebhooks.Text(user, english), $"(taps) {english}", transcript);
        output.WriteLine(string.Join("\n", transcript));

        Assert.Equal(3, greeting[^1].Buttons.Count);
        Assert.Equal(("Thêm…", "/more"), (more.GetProperty("title").GetString(), more.GetProperty("payload").GetString()));
        Assert.Contains("\n1. ", greeting[^1].Text, StringComparison.Ordinal);
        Assert.Contains("4. English", greeting[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["💬 Cần người lắng nghe", "English"], rest[^1].ButtonTitles);
        Assert.DoesNotContain("English", switched[^1].ButtonTitles);
    }

    private static long Reach(HttpClient staff, string code)
    {
        using var response = staff.GetAsync($"/admin/referral-codes/{code}").GetAwaiter().GetResult();
        var body = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement;
        return body.GetProperty("code").GetProperty("reach").GetInt64();
    }

    /// <summary>Posts one event and returns the sends it caused (up to the one with buttons that ends a turn here).</summary>
    private static async Task<IReadOnlyList<FakeZaloRequest>> SayAsync(
        HttpClient client, FakeZalo zalo, string user, string body, string said, List<string> transcript)
    {
        var before = zalo.Delivered(user).Count;
        transcript.Add("user: " + said);
        using var response = await client.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await Eventually.WaitAsync(
            () => zalo.Delivered(user).Skip(before).ToList(), sends => sends.Any(send => send.Buttons.Count > 0));
        transcript.AddRange(sent.Select(send => "bot:  " + send.Describe()));
        return sent;
    }
}

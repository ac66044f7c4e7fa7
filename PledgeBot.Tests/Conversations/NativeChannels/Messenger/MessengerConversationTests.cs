using System.Net;
using PledgeBot.Dialogs.Flows.Welcome;
using Xunit.Abstractions;
using static PledgeBot.Tests.Conversations.NativeChannels.Messenger.MessengerEvent;
using ContentText = PledgeBot.Dialogs.Content.Text;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

[Collection(MessengerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MessengerConversationTests(MessengerHostFixture host, ITestOutputHelper output)
{
    [Fact]
    public async Task Greets_a_new_user_who_taps_get_started_and_counts_the_m_me_code_of_the_new_thread()
    {
        var psid = NewPsid();
        var code = await host.CreateCodeAsync("KOLFB");

        using var response = await host.PostAsync(Envelope(Postback(psid, "GET_STARTED", referral: code)));
        var sent = await host.Graph.WaitForAsync(psid, 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(host.Say(ContentText.Welcome.Greeting), sent[0].Text);
        Assert.StartsWith(host.Say(ContentText.Menu.Prompt), sent[1].Text, StringComparison.Ordinal);
        Assert.Contains(host.Choice(MainMenu.Pledge), sent[1].QuickReplyTitles);
        var details = await host.CodeAsync(code);
        Assert.Equal(1, details.GetProperty("code").GetProperty("reach").GetInt64());
        Assert.Equal(1, details.GetProperty("reachByChannel").GetProperty("facebook").GetInt64());
    }

    [Fact]
    public async Task Greets_a_new_user_who_taps_get_started_without_a_code()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(Postback(psid, "GET_STARTED")));
        var sent = await host.Graph.WaitForAsync(psid, 2);

        Assert.Equal(host.Say(ContentText.Welcome.Greeting), sent[0].Text);
        Assert.StartsWith(host.Say(ContentText.Menu.Prompt), sent[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_the_code_of_a_link_opened_into_an_existing_thread_and_answers_with_the_menu_not_a_puzzled_reply()
    {
        var psid = NewPsid();
        var code = await host.CreateCodeAsync("KOCFB");
        using var hello = await host.PostAsync(Envelope(Text(psid, "xin chào")));
        await host.Graph.WaitForAsync(psid, 2);

        using var response = await host.PostAsync(Envelope(Referral(psid, code)));
        var sent = await host.Graph.WaitForAsync(psid, 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, sent.Count);
        Assert.StartsWith(host.Say(ContentText.Menu.Prompt), sent[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Say(ContentText.Welcome.NotUnderstood), sent[2].Text, StringComparison.Ordinal);
        var details = await host.CodeAsync(code);
        Assert.Equal(1, details.GetProperty("code").GetProperty("reach").GetInt64());
        Assert.Equal(1, details.GetProperty("reachByChannel").GetProperty("facebook").GetInt64());
    }

    [Fact]
    public async Task Greets_someone_never_greeted_who_arrives_through_a_referral_in_an_existing_thread()
    {
        var psid = NewPsid();
        var code = await host.CreateCodeAsync("BOOTHFB");

        using var response = await host.PostAsync(Envelope(Referral(psid, code)));
        var sent = await host.Graph.WaitForAsync(psid, 2);

        Assert.Equal(host.Say(ContentText.Welcome.Greeting), sent[0].Text);
        Assert.Equal(1, (await host.CodeAsync(code)).GetProperty("code").GetProperty("reach").GetInt64());
    }

    [Fact]
    public async Task Keeps_each_turns_replies_together_when_ten_messages_of_one_thread_arrive_at_once()
    {
        var psid = NewPsid();

        var posts = Enumerable.Range(1, 10).Select(async i =>
        {
            using var response = await host.PostAsync(Envelope(Text(psid, $"test:pair {i}")));
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(posts);
        var sent = (await host.Graph.WaitForAsync(psid, 20)).Select(r => r.Text).ToList();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(20, sent.Count);
        for (var i = 0; i < sent.Count; i += 2)
        {
            Assert.Equal(sent[i][..^1] + "b", sent[i + 1]);
            Assert.EndsWith(" a", sent[i], StringComparison.Ordinal);
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"pair {i} a").Order(), sent.Where(s => s.EndsWith(" a", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task Queues_a_burst_under_the_page_rate_limit_instead_of_failing()
    {
        await using var graph = await FakeGraph.StartAsync();
        var factory = host.CreateFactory(graph, messenger: true, ("Channels:Messenger:ApiBaseUrl", graph.BaseUrl), ("Channels:Messenger:MessagesPerSecond", "4"));
        using var client = factory.CreateClient();
        var psid = NewPsid();

        using var response = await MessengerHostFixture.PostAsync(client, Envelope(Text(psid, "test:burst")));
        var sent = await graph.WaitForAsync(psid, 10);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"burst {i}"), sent.Select(r => r.Text));
        // 4 a second with a bucket of 4: no more than 4 go at once, and the last 2 need a second refill, a period later.
        Assert.InRange(sent.Count(r => r.At - sent[0].At < TimeSpan.FromMilliseconds(50)), 1, 4);
        Assert.InRange((sent[9].At - sent[0].At).TotalSeconds, 0.95, 10);
    }

    [Fact]
    public async Task Runs_a_whole_conversation_from_get_started_to_the_pledge_and_the_quiz()
    {
        var psid = NewPsid();
        var transcript = new List<string>();
        var seen = 0;

        async Task StepAsync(string user, string body, int replies)
        {
            transcript.Add($"user: {user}");
            using var response = await host.PostAsync(Envelope(body));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var sent = await host.Graph.WaitForAsync(psid, seen + replies);
            foreach (var request in sent.Skip(seen))
            {
                var buttons = request.QuickReplyTitles.Count > 0 ? $"  [{string.Join(" | ", request.QuickReplyTitles)}]" : string.Empty;
                transcript.Add($"bot:  {request.Text.Replace("\n", "\n      ", StringComparison.Ordinal)}{buttons}");
            }

            seen = sent.Count;
        }

        var pledge = host.Choice(MainMenu.Pledge);
        var quiz = host.Choice(MainMenu.Quiz);
        await StepAsync("(taps Get Started)", Postback(psid, "GET_STARTED"), 2);
        await StepAsync($"(taps {pledge})", QuickReply(psid, pledge, pledge), 2);
        await StepAsync("menu", Text(psid, "menu"), 1);
        await StepAsync($"(taps {quiz})", QuickReply(psid, quiz, quiz), 2);
        output.WriteLine(string.Join('\n', transcript));

        var requests = host.Graph.RequestsTo(psid);
        Assert.Equal(host.Say(ContentText.Welcome.Greeting), requests[0].Text);
        Assert.DoesNotContain(requests.Skip(2), r => r.Text.Contains(host.Say(ContentText.Welcome.NotUnderstood), StringComparison.Ordinal));
        Assert.All(requests, r => Assert.Equal("/v25.0/me/messages", r.Path));
    }
}

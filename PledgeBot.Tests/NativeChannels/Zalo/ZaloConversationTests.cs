using System.Net;
using Xunit.Abstractions;

namespace PledgeBot.Tests.NativeChannels.Zalo;

public sealed class ZaloConversationTests(ZaloHostFixture host, ITestOutputHelper output) : IClassFixture<ZaloHostFixture>
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Runs_a_whole_conversation_from_follow_through_the_menu_into_the_quiz()
    {
        var user = ZaloWebhooks.NewUser();
        var transcript = new List<string>();

        var greeting = await SayAsync(user, ZaloWebhooks.Follow(user), "(follow)", transcript, 0);
        var quiz = greeting[^1].Buttons[1].GetProperty("payload").GetString()!;
        var question = await SayAsync(user, ZaloWebhooks.Text(user, quiz), $"(tap) {quiz}", transcript, greeting.Count);
        var answer = question[^1].Buttons[0].GetProperty("payload").GetString()!;
        await SayAsync(user, ZaloWebhooks.Text(user, answer), $"(tap) {answer}", transcript, greeting.Count + question.Count);

        output.WriteLine(string.Join("\n", transcript));
    }

    private async Task<IReadOnlyList<FakeZaloRequest>> SayAsync(string user, string body, string said, List<string> transcript, int before)
    {
        transcript.Add("user: " + said);
        using var response = await _client.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await Eventually.WaitAsync(
            () => host.Zalo.Delivered(user).Skip(before).ToList(), sends => sends.Any(send => send.Buttons.Count > 0));
        transcript.AddRange(sent.Select(send => "bot:  " + send.Describe()));
        return sent;
    }
}

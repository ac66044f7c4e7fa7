using System.Net.Http.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Tests.Campaign;
using PledgeBot.Tests.Engine;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Campaign;

/// <summary>Two bot instances behind a load balancer, sharing one Redis: a conversation continues whichever
/// instance takes each turn (docs/operations.md, "Scale out").</summary>
[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class TwoHostConversationTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly string _prefix = TestPledges.Prefix();
    private readonly TestHostSet _hosts = new();

    [Fact]
    public async Task Continues_one_conversation_whose_turns_alternate_between_two_instances()
    {
        var content = new SurveyContent().Current;
        using var first = Host().CreateClient();
        using var second = Host().CreateClient();

        await SayAsync(first, "1", "chào");
        var color = await SayAsync(second, "2", "cam ket");
        var sure = await SayAsync(first, "3", "xanh la");
        var number = await SayAsync(second, "4", "có");
        var band = await SayAsync(first, "5", "42");
        var done = await SayAsync(second, "6", "18-24");
        var redelivered = await SayAsync(first, "6", "18-24");

        Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Color), color[^1].Text);
        Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Sure), Assert.Single(sure).Text);
        Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Number), Assert.Single(number).Text);
        Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Band), Assert.Single(band).Text);
        Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.BandThanks), done[0].Text);
        Assert.Contains(
            done,
            reply => reply.Text?.Contains("\"color\":\"survey.green\",\"sure\":true,\"number\":\"42\",\"band\":\"survey.older\"", StringComparison.Ordinal) == true);
        Assert.Empty(redelivered);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();

    // Each instance has its own data directory, as separate machines would; they share the Redis and the key prefix,
    // and through the store the generated user-id key.
    private TestHost Host() => _hosts.Add(TestHost.Create().WithStore(redis, _prefix).WithSurveyFlows());

    private static Task<IReadOnlyList<Activity>> SayAsync(HttpClient client, string id, string text) =>
        ExpectRepliesClient.SayAsync(client, id, text, "two-host-user", "two-host-conversation");
}

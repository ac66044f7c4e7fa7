using System.Net.Http.Json;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Tests.Engine;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Integration.Restart;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ConversationRestartTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("pledgebot-restart-").FullName;

    [Fact]
    public async Task Continues_a_conversation_stopped_mid_prompt_after_the_host_restarts_on_the_same_data_dir()
    {
        var content = new SurveyContent().Current;
        await using (var first = Host())
        {
            using var client = first.CreateClient();
            await SayAsync(client, "1", "chào");
            var question = await SayAsync(client, "2", "cam ket");
            Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Color), question[^1].Text);
            var next = await SayAsync(client, "3", "xanh la");
            Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Sure), next[^1].Text);
        }

        await using var second = Host();
        using var restarted = second.CreateClient();

        var answer = await SayAsync(restarted, "4", "có");
        var redelivered = await SayAsync(restarted, "3", "xanh la");

        Assert.Equal(content.Get(Language.Vietnamese, SurveyContent.Number), Assert.Single(answer).Text);
        Assert.Empty(redelivered);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a stopping server: the temp dir is cleaned by the OS later.
        }
    }

    private TestHost Host() => TestHost.Create().WithDataDir(_dataDir).WithSurveyFlows().Build();

    private static Task<IReadOnlyList<Activity>> SayAsync(HttpClient client, string id, string text) =>
        ExpectRepliesClient.SayAsync(client, id, text, "restart-user", "restart-conversation");
}

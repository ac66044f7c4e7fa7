using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations.DirectLine;

namespace PledgeBot.Tests.Conversations.DirectLine;

/// <summary><c>POST /api/directline/token</c> with the user token the page keeps: one identity per browser.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(DirectLineCollection.Name)]
public sealed class PageTokenTests(DirectLineHostFixture host)
{
    [Fact]
    public async Task Gives_a_new_browser_a_new_user_a_conversation_and_a_user_token_to_keep()
    {
        using var http = host.CreateClient();

        var first = await AskAsync(http, null);
        var second = await AskAsync(http, null);

        Assert.False(first.GetProperty("resumed").GetBoolean());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("userToken").GetString()));
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
        Assert.NotEqual(UserOf(first), UserOf(second));
    }

    [Fact]
    public async Task Continues_the_same_user_and_conversation_when_the_page_hands_its_user_token_back()
    {
        using var http = host.CreateClient();
        var first = await AskAsync(http, null);

        var again = await AskAsync(http, first.GetProperty("userToken").GetString());

        Assert.True(again.GetProperty("resumed").GetBoolean());
        Assert.Equal(first.GetProperty("conversationId").GetString(), again.GetProperty("conversationId").GetString());
        Assert.Equal(UserOf(first), UserOf(again));
        Assert.True(Signer.Check(again.GetProperty("userToken").GetString(), out var renewed) == DirectLineTokenCheck.Valid);
        Assert.True(renewed!.ExpiresAt > DateTimeOffset.UtcNow.AddDays(100));
    }

    [Fact]
    public async Task Gives_a_new_user_never_someone_elses_when_the_user_token_is_forged()
    {
        using var http = host.CreateClient();
        var victim = await AskAsync(http, null);
        var token = victim.GetProperty("userToken").GetString()!;
        var claims = token[..token.IndexOf('.', StringComparison.Ordinal)];
        var mac = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var otherKey = new WebUserTokenSigner(new byte[32], TimeProvider.System)
            .Issue(new WebUser(UserOf(victim), victim.GetProperty("conversationId").GetString()!, DateTimeOffset.UtcNow.AddDays(1)));
        string[] forgeries =
        [
            $"{claims}.{(mac[0] == 'A' ? 'B' : 'A')}{mac[1..]}",
            otherKey,
            $"{claims}.",
            "not-a-token",
        ];

        foreach (var forged in forgeries)
        {
            var answer = await AskAsync(http, forged);

            Assert.False(answer.GetProperty("resumed").GetBoolean());
            Assert.NotEqual(victim.GetProperty("conversationId").GetString(), answer.GetProperty("conversationId").GetString());
            Assert.NotEqual(UserOf(victim), UserOf(answer));
        }
    }

    [Fact]
    public async Task Gives_a_new_user_when_the_user_token_has_expired()
    {
        using var http = host.CreateClient();
        var earlier = await AskAsync(http, null);
        var expired = Signer.Issue(new WebUser(UserOf(earlier), earlier.GetProperty("conversationId").GetString()!, DateTimeOffset.UtcNow.AddMinutes(-1)));

        var answer = await AskAsync(http, expired);

        Assert.False(answer.GetProperty("resumed").GetBoolean());
        Assert.NotEqual(UserOf(earlier), UserOf(answer));
    }

    [Fact]
    public async Task Keeps_the_user_in_a_new_conversation_when_their_old_conversation_is_gone()
    {
        using var http = host.CreateClient();
        var token = Signer.Issue(new WebUser("dl_kept-user", "conversation-that-expired", DateTimeOffset.UtcNow.AddDays(1)));

        var answer = await AskAsync(http, token);

        Assert.False(answer.GetProperty("resumed").GetBoolean());
        Assert.NotEqual("conversation-that-expired", answer.GetProperty("conversationId").GetString());
        Assert.Equal("dl_kept-user", UserOf(answer));
    }

    [Theory]
    [InlineData("{\"userToken\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"userToken\": 42}")]
    public async Task Refuses_a_body_that_is_not_the_token_request_with_400(string body)
    {
        using var http = host.CreateClient();

        using var response = await http.PostAsync(DirectLineEndpoints.TokenRoute, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private WebUserTokenSigner Signer => host.Factory.Services.GetRequiredService<WebUserTokenSigner>();

    private static async Task<JsonElement> AskAsync(HttpClient http, string? userToken)
    {
        using var response = await http.PostAsJsonAsync(DirectLineEndpoints.TokenRoute, new { userToken });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // The Direct Line token names the user the conversation runs as.
    private string UserOf(JsonElement answer)
    {
        var signer = host.Factory.Services.GetRequiredService<DirectLineTokenSigner>();
        Assert.Equal(DirectLineTokenCheck.Valid, signer.Check(answer.GetProperty("token").GetString(), out var token));
        return token!.UserId;
    }
}

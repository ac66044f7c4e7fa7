using System.Net;
using PledgeBot.Conversations.DirectLine;
using PledgeBot.Tests.Conversations.DirectLine;

namespace PledgeBot.Tests.Web;

/// <summary>HEAD is answered wherever GET is, with GET's status and headers and no body, on a real Kestrel socket.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
[Collection(DirectLineCollection.Name)]
public sealed class HeadRequestTests(DirectLineHostFixture host)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/admin", "text/html")]
    [InlineData("/live", "text/html")]
    [InlineData("/privacy.html", "text/html")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData(WebChatOptions.DefaultScriptUrl, "text/javascript")]
    [InlineData("/api/stats", "application/json")]
    [InlineData("/healthz", "text/plain")]
    public async Task Answers_HEAD_as_GET_without_a_body(string path, string mediaType)
    {
        using var http = host.CreateClient();

        using var get = await http.GetAsync(path);
        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var body = await head.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(body);
        Assert.Equal(
            get.Headers.TryGetValues("Content-Security-Policy", out var getPolicy) ? getPolicy.Single() : null,
            head.Headers.TryGetValues("Content-Security-Policy", out var headPolicy) ? headPolicy.Single() : null);
    }

    [Fact]
    public async Task Answers_HEAD_of_the_live_event_stream_with_its_headers_at_once()
    {
        using var http = host.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(5);

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/stats/stream"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/event-stream", head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Answers_HEAD_of_a_staff_route_without_a_key_with_401_as_GET_does()
    {
        using var http = host.CreateClient();

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/admin/dashboard.json"));

        Assert.Equal(HttpStatusCode.Unauthorized, head.StatusCode);
    }
}

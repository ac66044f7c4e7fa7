using System.Net;
using PledgeBot.DirectLine;

namespace PledgeBot.Tests.DirectLine;

[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class CampaignPageTests(DirectLineHostFixture host)
{
    [Fact]
    public async Task Serves_the_page_in_Vietnamese_with_Web_Chat_from_Microsofts_CDN_by_default()
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains($"content=\"{WebChatOptions.DefaultScriptUrl}\"", html, StringComparison.Ordinal);
        Assert.Contains("tel:111", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loads_Web_Chat_from_the_configured_script_url()
    {
        await using var factory = host.CreateFactory(("WebChat:ScriptUrl", "https://assets.example.org/webchat/4.18.1/webchat.js"));
        using var http = factory.CreateClient();

        var html = await http.GetStringAsync("/");

        Assert.Contains("content=\"https://assets.example.org/webchat/4.18.1/webchat.js\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task Serves_the_pages_static_files(string path, string mediaType)
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Links_a_privacy_page_in_both_languages_from_the_page()
    {
        using var http = host.CreateClient();

        var page = await http.GetStringAsync("/");
        using var response = await http.GetAsync("/privacy.html");
        var privacy = await response.Content.ReadAsStringAsync();

        Assert.Contains("href=\"/privacy.html#vi\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<section id=\"vi\" lang=\"vi\">", privacy, StringComparison.Ordinal);
        Assert.Contains("<section id=\"en\" lang=\"en\">", privacy, StringComparison.Ordinal);
        Assert.Contains("xóa dữ liệu", privacy, StringComparison.Ordinal);
        Assert.Contains("delete my data", privacy, StringComparison.Ordinal);
    }
}

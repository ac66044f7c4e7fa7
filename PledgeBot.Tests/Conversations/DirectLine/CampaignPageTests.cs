using System.Net;
using PledgeBot.Conversations.DirectLine;

namespace PledgeBot.Tests.Conversations.DirectLine;

[Collection(DirectLineCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class CampaignPageTests(DirectLineHostFixture host)
{
    [Fact]
    public async Task Serves_the_page_in_Vietnamese_with_Web_Chat_from_the_host_and_scripts_from_the_host_only()
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains($"content=\"{WebChatOptions.DefaultScriptUrl}\"", html, StringComparison.Ordinal);
        Assert.Contains("tel:111", html, StringComparison.Ordinal);
        Assert.Contains("<title>Không Một Mình – Cùng nhau an toàn trực tuyến</title>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/favicon.svg\"", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_pinned_Web_Chat_bundle_with_its_licence_beside_it()
    {
        using var http = host.CreateClient();
        var folder = Path.GetDirectoryName(WebChatOptions.DefaultScriptUrl)!.Replace('\\', '/');

        using var bundle = await http.GetAsync(WebChatOptions.DefaultScriptUrl);
        var bytes = await bundle.Content.ReadAsByteArrayAsync();
        var pinned = (await http.GetStringAsync($"{folder}/SHA256.txt")).Split(' ')[0];
        var licence = await http.GetStringAsync($"{folder}/LICENSE.txt");

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Contains("4.18.1", WebChatOptions.DefaultScriptUrl, StringComparison.Ordinal);
        Assert.Equal(pinned, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        Assert.Contains("MIT License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allows_the_configured_script_origin_in_the_pages_policy()
    {
        await using var factory = host.CreateFactory(("WebChat:ScriptUrl", "https://assets.example.org/webchat/4.18.1/webchat.js"));
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/");

        Assert.Contains("script-src 'self' https://assets.example.org;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//cdn.example.org/webchat.js")]
    [InlineData("ftp://cdn.example.org/webchat.js")]
    [InlineData("webchat.js")]
    public void Refuses_a_script_url_that_is_neither_a_path_here_nor_http(string url)
    {
        var options = new WebChatOptions { ScriptUrl = url };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Single(errors);
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

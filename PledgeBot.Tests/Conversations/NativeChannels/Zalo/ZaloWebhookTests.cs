using System.Net;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ZaloWebhookTests(ZaloHostFixture host) : IClassFixture<ZaloHostFixture>
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Answers_404_and_calls_nothing_when_the_channel_is_not_configured()
    {
        using var factory = host.CreateFactory(zalo: null);
        using var client = factory.CreateClient();
        var user = ZaloWebhooks.NewUser();

        using var response = await client.PostAsync(ZaloWebhooks.Text(user, "xin chào"));
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Empty(host.Zalo.Attempts(user));
    }

    [Fact]
    public async Task Accepts_a_signed_text_and_answers_through_the_send_api_with_the_access_token_header()
    {
        var user = ZaloWebhooks.NewUser();

        using var response = await _client.PostAsync(ZaloWebhooks.Text(user, "xin chào"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = await Eventually.WaitAsync(() => host.Zalo.Delivered(user), sends => sends.Count > 0);
        var first = sent[0];
        Assert.Equal("POST", first.Method);
        Assert.Equal("/v3.0/oa/message/cs", first.Path);
        Assert.StartsWith("at-", first.Headers["access_token"], StringComparison.Ordinal);
        Assert.False(first.Headers.ContainsKey("Authorization"));
        Assert.StartsWith("application/json", first.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(first.Text));
        var refresh = host.Zalo.Refreshes[0];
        Assert.Equal(FakeZalo.AppSecretKey, refresh.Headers["secret_key"]);
        Assert.StartsWith("application/x-www-form-urlencoded", refresh.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal($"refresh_token={FakeZalo.FirstRefreshToken}&app_id={ZaloWebhooks.AppId}&grant_type=refresh_token", refresh.Body);
    }

    [Fact]
    public async Task Accepts_the_signature_as_bare_hex_and_a_numeric_timestamp()
    {
        var user = ZaloWebhooks.NewUser();
        var numeric = System.Text.RegularExpressions.Regex.Replace(ZaloWebhooks.Text(user, "xin chào"), "\"timestamp\":\"(\\d+)\"", "\"timestamp\":$1");

        using var bare = await _client.PostAsync(numeric, ZaloWebhooks.Mac(numeric)["mac=".Length..]);

        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        await Eventually.WaitAsync(() => host.Zalo.Delivered(user), sends => sends.Count > 0);
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("missing")]
    [InlineData("other-secret")]
    [InlineData("other-app")]
    [InlineData("replayed")]
    [InlineData("from-the-future")]
    [InlineData("tampered")]
    public async Task Refuses_an_event_that_fails_verification_with_401_and_an_empty_body(string failure)
    {
        var user = ZaloWebhooks.NewUser();
        var body = failure switch
        {
            "replayed" => ZaloWebhooks.Text(user, "xin chào", at: DateTimeOffset.UtcNow.AddMinutes(-11)),
            "from-the-future" => ZaloWebhooks.Text(user, "xin chào", at: DateTimeOffset.UtcNow.AddMinutes(11)),
            "other-app" => ZaloWebhooks.Text(user, "xin chào").Replace(ZaloWebhooks.AppId, "999", StringComparison.Ordinal),
            _ => ZaloWebhooks.Text(user, "xin chào"),
        };
        var signature = failure switch
        {
            "bad" => "mac=" + new string('a', 64),
            "other-secret" => ZaloWebhooks.Mac(body, secretKey: "someone-else"),
            "other-app" => ZaloWebhooks.Mac(body, appId: "999"),
            _ => ZaloWebhooks.Mac(body),
        };
        if (failure == "tampered")
        {
            body = body.Replace("xin ch", "yin ch", StringComparison.Ordinal);
        }

        using var response = await _client.PostAsync(body, signature, withSignature: failure != "missing");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Answers_400_to_an_event_that_is_not_json_after_its_signature()
    {
        var body = $$"""{"timestamp":"{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}","app_id":"{{ZaloWebhooks.AppId}}","event_name":""";

        using var truncated = await _client.PostAsync(body);
        var wrongShape = $$"""{"timestamp":"{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}","app_id":"{{ZaloWebhooks.AppId}}","sender":"not an object"}""";
        using var shape = await _client.PostAsync(wrongShape);

        Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, shape.StatusCode);
    }

    [Fact]
    public async Task Answers_413_to_a_body_over_256_KB()
    {
        var user = ZaloWebhooks.NewUser();
        var body = ZaloWebhooks.Text(user, new string('a', 300 * 1024));

        using var response = await _client.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("unfollow")]
    [InlineData("oa_send_text")]
    [InlineData("user_received_message")]
    [InlineData("user_seen_message")]
    [InlineData("user_click_chatnow")]
    [InlineData("user_submit_info")]
    [InlineData("user_send_sticker")]
    public async Task Answers_200_to_events_the_bot_does_not_handle_and_sends_nothing_for_them(string eventName)
    {
        var user = ZaloWebhooks.NewUser();

        using var ignored = await _client.PostAsync(ZaloWebhooks.Other(eventName, user));
        using var follow = await _client.PostAsync(ZaloWebhooks.Follow(user));

        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        // The follow's greeting ends with the menu; in conversation order, anything the ignored event caused came first.
        var sent = await Eventually.WaitAsync(() => host.Zalo.Delivered(user), sends => sends.Any(send => send.Buttons.Count > 0));
        Assert.Equal(Transcript(await GreetingOfANewFollowerAsync()), Transcript(sent));
    }

    [Fact]
    public async Task Greets_a_new_follower_with_the_menu_as_buttons_whose_payload_comes_back_as_text()
    {
        var sent = await GreetingOfANewFollowerAsync();

        var menu = sent[^1];
        Assert.True(menu.Buttons.Count is >= 3 and <= 5);
        Assert.All(menu.Buttons, button => Assert.Equal("oa.query.hide", button.GetProperty("type").GetString()));
        Assert.All(menu.Buttons, button => Assert.False(string.IsNullOrEmpty(button.GetProperty("payload").GetString())));
    }

    [Fact]
    public async Task Runs_one_turn_for_an_event_delivered_twice()
    {
        var twice = ZaloWebhooks.NewUser();
        var once = ZaloWebhooks.NewUser();
        var msgId = ZaloWebhooks.NewId();

        using var first = await _client.PostAsync(ZaloWebhooks.Text(twice, "xin chào", msgId));
        using var again = await _client.PostAsync(ZaloWebhooks.Text(twice, "xin chào", msgId));
        using var marker = await _client.PostAsync(ZaloWebhooks.Text(twice, "English"));
        using var control = await _client.PostAsync(ZaloWebhooks.Text(once, "xin chào"));
        using var controlMarker = await _client.PostAsync(ZaloWebhooks.Text(once, "English"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, again.StatusCode, marker.StatusCode });
        // A conversation's turns run in order: once the marker's English menu is out, a second turn would have been too.
        var expected = await Eventually.WaitAsync(() => host.Zalo.Delivered(once), EndsWithTheEnglishMenu);
        var sent = await Eventually.WaitAsync(() => host.Zalo.Delivered(twice), EndsWithTheEnglishMenu);
        Assert.Equal(Transcript(expected), Transcript(sent));
    }

    private static bool EndsWithTheEnglishMenu(IReadOnlyList<FakeZaloRequest> sent) =>
        sent.Any(send => send.ButtonTitles.Count > 0 && !send.ButtonTitles.Contains("English"));

    private async Task<IReadOnlyList<FakeZaloRequest>> GreetingOfANewFollowerAsync()
    {
        var user = ZaloWebhooks.NewUser();
        using var response = await _client.PostAsync(ZaloWebhooks.Follow(user));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Eventually.WaitAsync(() => host.Zalo.Delivered(user), sends => sends.Any(send => send.Buttons.Count > 0));
    }

    private static string Transcript(IEnumerable<FakeZaloRequest> sent) => string.Join("\n", sent.Select(send => send.Describe()));
}

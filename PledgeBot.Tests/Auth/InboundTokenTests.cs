using System.Net;
using Microsoft.IdentityModel.Tokens;
using PledgeBot.Tests.Integration.Http;

namespace PledgeBot.Tests.Auth;

[Collection(JwtCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class InboundTokenTests(JwtHostFixture host)
{
    private readonly HttpClient _client = host.Factory.CreateClient();

    [Fact]
    public async Task Runs_the_turn_for_a_channel_token_signed_by_a_key_endorsed_for_the_channel()
    {
        var conversationId = TestActivities.NewConversationId();
        var token = host.ChannelKey.Sign(TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl));

        using var response = await JwtHostFixture.PostAsync(_client, host.Message(conversationId), token);
        await QueuedTurns.DoneAsync(host.Factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(host.Connector.RequestsFor(conversationId));
    }

    [Fact]
    public async Task Refuses_an_activity_without_a_token_and_says_nothing_why()
    {
        var conversationId = TestActivities.NewConversationId();

        using var response = await JwtHostFixture.PostAsync(_client, host.Message(conversationId), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Connector.RequestsFor(conversationId));
    }

    public static TheoryData<string> Defects =>
    [
        "expired", "not yet valid", "wrong audience", "wrong issuer", "unknown key", "key endorsed for another channel",
        "key without endorsements", "other serviceurl", "no serviceurl", "PS256", "garbage",
    ];

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task Refuses_a_channel_token_that_is(string defect)
    {
        var conversationId = TestActivities.NewConversationId();
        var valid = TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl);
        var now = DateTimeOffset.UtcNow;
        using var unknownKey = new TestSigningKey();
        var token = defect switch
        {
            // Beyond the 5-minute clock skew either way.
            "expired" => host.ChannelKey.Sign(valid with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-6) }),
            "not yet valid" => host.ChannelKey.Sign(valid with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) }),
            "wrong audience" => host.ChannelKey.Sign(valid with { Audience = "00000000-0000-0000-0000-0000000000aa" }),
            "wrong issuer" => host.ChannelKey.Sign(valid with { Issuer = "https://api.botframework.com.example.org" }),
            "unknown key" => unknownKey.Sign(valid),
            "key endorsed for another channel" => host.TeamsOnlyKey.Sign(valid),
            "key without endorsements" => host.UnendorsedKey.Sign(valid),
            "other serviceurl" => host.ChannelKey.Sign(valid with { Claims = new Dictionary<string, string> { ["serviceurl"] = "https://example.org/amer/" } }),
            "no serviceurl" => host.ChannelKey.Sign(valid with { Claims = new Dictionary<string, string>() }),
            "PS256" => host.ChannelKey.Sign(valid with { Algorithm = SecurityAlgorithms.RsaSsaPssSha256 }),
            _ => "not.a.jwt",
        };

        using var response = await JwtHostFixture.PostAsync(_client, host.Message(conversationId), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Connector.RequestsFor(conversationId));
    }

    [Fact]
    public async Task Accepts_a_token_within_the_five_minute_clock_skew()
    {
        var now = DateTimeOffset.UtcNow;
        var token = host.ChannelKey.Sign(
            TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl) with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-3) });

        using var response = await JwtHostFixture.PostAsync(_client, host.Message(TestActivities.NewConversationId()), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Compares_the_serviceurl_claim_without_regard_to_case()
    {
        var token = host.ChannelKey.Sign(TestToken.Channel(JwtHostFixture.AppId, host.ServiceUrl.ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal)));

        using var response = await JwtHostFixture.PostAsync(_client, host.Message(TestActivities.NewConversationId()), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Accepts_an_Emulator_token_naming_the_bot_in_appid_or_azp(string version)
    {
        var token = host.EmulatorKey.Sign(TestToken.Emulator(JwtHostFixture.AppId, version));
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl);

        using var response = await JwtHostFixture.PostAsync(_client, activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0", "00000000-0000-0000-0000-0000000000bb")]
    [InlineData("2.0", "00000000-0000-0000-0000-0000000000bb")]
    [InlineData("3.0", JwtHostFixture.AppId)]
    public async Task Refuses_an_Emulator_token_for_another_app_or_an_unknown_version(string version, string appId)
    {
        var token = host.EmulatorKey.Sign(TestToken.Emulator(appId, version));
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl);

        using var response = await JwtHostFixture.PostAsync(_client, activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_an_Emulator_issuer_on_a_token_signed_by_a_channel_service_key()
    {
        var token = host.ChannelKey.Sign(TestToken.Emulator(JwtHostFixture.AppId, "2.0"));
        var activity = TestActivities.Message(TestActivities.NewConversationId(), host.ServiceUrl);

        using var response = await JwtHostFixture.PostAsync(_client, activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

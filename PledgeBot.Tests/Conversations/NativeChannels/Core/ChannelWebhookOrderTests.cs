using System.Net;
using System.Text;
using PledgeBot.Tests.Conversations.NativeChannels.Messenger;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using PledgeBot.Tests.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

/// <summary>The channel template's order, pinned for every platform: a disabled channel answers 404 before reading
/// anything, the signature is checked before the body is parsed, and the body bound comes before the signature on
/// Messenger and Zalo (whose signatures cover the body) but after Telegram's secret header (which does not).</summary>
[Collection(TelegramCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ChannelWebhookOrderTests(TelegramHostFixture host)
{
    private const int OversizedText = 300 * 1024;

    // Valid JSON up to where it stops, with a timestamp and our app id first, so Zalo's MAC over it can be valid.
    private static readonly string s_truncated =
        $$"""{"timestamp":"{{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}}","app_id":"{{ZaloWebhooks.AppId}}","event_name":""";

    /// <summary>Messenger and Zalo configured on top of the fixture's Telegram, none of them ever reached.</summary>
    private static readonly (string Key, string Value)[] s_allPlatforms =
    [
        ("Channels:Messenger:PageAccessToken", MessengerHostFixture.PageToken),
        ("Channels:Messenger:AppSecret", MessengerHostFixture.AppSecret),
        ("Channels:Messenger:VerifyToken", MessengerHostFixture.VerifyToken),
        ("Channels:Zalo:OaId", ZaloWebhooks.OaId),
        ("Channels:Zalo:AppId", ZaloWebhooks.AppId),
        ("Channels:Zalo:SecretKey", ZaloWebhooks.SecretKey),
        ("Channels:Zalo:AppSecretKey", FakeZalo.AppSecretKey),
        ("Channels:Zalo:RefreshToken", FakeZalo.FirstRefreshToken),
    ];

    [Theory]
    [InlineData("messenger", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("telegram", HttpStatusCode.Unauthorized)]
    [InlineData("zalo", HttpStatusCode.RequestEntityTooLarge)]
    public async Task Runs_every_platform_through_the_same_checks_in_the_same_order(string platform, HttpStatusCode oversizedWithAWrongSignature)
    {
        using var on = host.CreateFactory(s_allPlatforms).CreateClient();
        using var off = host.CreateBareFactory().CreateClient();
        var oversized = Delivery(platform, new string('a', OversizedText));

        using var disabled = await off.SendAsync(Signed(platform, Delivery(platform, "xin chào")));
        using var disabledOversized = await off.SendAsync(WronglySigned(platform, oversized));
        using var wronglySignedGarbage = await on.SendAsync(WronglySigned(platform, s_truncated));
        using var signedGarbage = await on.SendAsync(Signed(platform, s_truncated));
        using var wronglySignedOversized = await on.SendAsync(WronglySigned(platform, oversized));
        using var signedOversized = await on.SendAsync(Signed(platform, oversized));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (disabled.StatusCode, disabledOversized.StatusCode));
        Assert.Empty(await disabled.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wronglySignedGarbage.StatusCode);
        Assert.Empty(await wronglySignedGarbage.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, signedGarbage.StatusCode);
        Assert.Equal("application/problem+json", signedGarbage.Content.Headers.ContentType?.MediaType);
        Assert.Equal(oversizedWithAWrongSignature, wronglySignedOversized.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, signedOversized.StatusCode);
    }

    private static string Delivery(string platform, string text) => platform switch
    {
        "messenger" => MessengerEvent.Envelope(MessengerEvent.Text(MessengerEvent.NewPsid(), text)),
        "telegram" => TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), TelegramHostFixture.NewChat(), text),
        _ => ZaloWebhooks.Text(ZaloWebhooks.NewUser(), text),
    };

    private static HttpRequestMessage Signed(string platform, string body) => Request(platform, body, platform switch
    {
        "messenger" => MessengerHostFixture.Sign(body),
        "telegram" => TelegramHostFixture.Secret,
        _ => ZaloWebhooks.Mac(body),
    });

    private static HttpRequestMessage WronglySigned(string platform, string body) => Request(platform, body, platform switch
    {
        "messenger" => "sha256=" + new string('0', 64),
        "telegram" => "not-the-secret",
        _ => "mac=" + new string('a', 64),
    });

    private static HttpRequestMessage Request(string platform, string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/channels/{platform}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var header = platform switch
        {
            "messenger" => "X-Hub-Signature-256",
            "telegram" => "X-Telegram-Bot-Api-Secret-Token",
            _ => "X-ZEvent-Signature",
        };
        request.Headers.TryAddWithoutValidation(header, signature);
        return request;
    }
}

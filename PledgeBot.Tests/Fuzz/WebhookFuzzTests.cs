using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Xunit.Abstractions;
using PledgeBot.Conversations.NativeChannels.Zalo;
using PledgeBot.Tests.Conversations.NativeChannels.Messenger;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using PledgeBot.Tests.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Generated bodies on the three channel webhooks, each validly signed (Messenger's HMAC over the raw bytes,
/// Telegram's secret header, Zalo's MAC) so that every one reaches the parser.</summary>
[Collection(FuzzCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class WebhookFuzzTests(FuzzHostFixture host, ITestOutputHelper output)
{
    private const string MessengerRoute = "api/channels/messenger";
    private const string TelegramRoute = "api/channels/telegram";

    private static readonly long s_now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static readonly JsonObject s_messengerMessage = MessengerDelivery(new JsonObject
    {
        ["sender"] = new JsonObject { ["id"] = "psid-fuzz-1" },
        ["recipient"] = new JsonObject { ["id"] = "page-1" },
        ["timestamp"] = s_now,
        ["message"] = new JsonObject
        {
            ["mid"] = "m_fuzz",
            ["text"] = "xin chào",
            ["quick_reply"] = new JsonObject { ["payload"] = "pledge" },
        },
    });

    private static readonly JsonObject s_messengerPostback = MessengerDelivery(new JsonObject
    {
        ["sender"] = new JsonObject { ["id"] = "psid-fuzz-2" },
        ["recipient"] = new JsonObject { ["id"] = "page-1" },
        ["timestamp"] = s_now,
        ["postback"] = new JsonObject
        {
            ["title"] = "Bắt đầu",
            ["payload"] = "GET_STARTED",
            ["mid"] = "m_fuzz_postback",
            ["referral"] = new JsonObject { ["ref"] = "FUZZ01", ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
        },
    });

    private static readonly JsonObject s_messengerReferral = MessengerDelivery(new JsonObject
    {
        ["sender"] = new JsonObject { ["id"] = "psid-fuzz-3" },
        ["recipient"] = new JsonObject { ["id"] = "page-1" },
        ["timestamp"] = s_now,
        ["referral"] = new JsonObject { ["ref"] = "FUZZ02", ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
    });

    private static readonly JsonNode s_telegramMessage = JsonNode.Parse(TelegramUpdateJson.Text(1_000_001, 9_000_001, "xin chào"))!;

    private static readonly JsonNode s_telegramTap = JsonNode.Parse(TelegramUpdateJson.Tap(1_000_002, 9_000_002, "pledge", "cb-1"))!;

    [Fact]
    public async Task Messenger_answers_generated_signed_deliveries_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var bodies = Gen.OneOf(JsonMutations.Of(s_messengerMessage), JsonMutations.Of(s_messengerPostback), JsonMutations.Of(s_messengerReferral));

        var tally = await FuzzAssert.EveryAnsweredAsync(
            bodies, body => client.SendAsync(SignedMessenger(body)), body => $"Messenger {JsonMutations.Print(body)}");

        output.WriteLine(tally.ToString());
        tally.ReachedTheParser();
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Fact]
    public async Task Telegram_answers_generated_updates_with_the_secret_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var bodies = Gen.OneOf(JsonMutations.Of(s_telegramMessage), JsonMutations.Of(s_telegramTap));

        var tally = await FuzzAssert.EveryAnsweredAsync(
            bodies, body => client.SendAsync(Telegram(body)), body => $"Telegram {JsonMutations.Print(body)}");

        output.WriteLine(tally.ToString());
        tally.ReachedTheParser();
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Fact]
    public async Task Zalo_answers_generated_signed_events_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var text = JsonNode.Parse(ZaloWebhooks.Text(ZaloWebhooks.NewUser(), "xin chào"))!;
        var follow = JsonNode.Parse(ZaloWebhooks.Follow(ZaloWebhooks.NewUser()))!;

        var tally = await FuzzAssert.EveryAnsweredAsync(
            Gen.OneOf(JsonMutations.Of(text), JsonMutations.Of(follow)),
            body => client.SendAsync(Zalo(body, Mac(body))),
            body => $"Zalo {JsonMutations.Print(body)}");

        output.WriteLine(tally.ToString());
        tally.ReachedTheParser();
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    /// <summary>Meta's envelope around one messaging event.</summary>
    public static JsonObject MessengerDelivery(JsonObject messagingEvent) => new()
    {
        ["object"] = "page",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = "page-1",
            ["time"] = s_now,
            ["messaging"] = new JsonArray(messagingEvent),
        }),
    };

    public static HttpRequestMessage SignedMessenger(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MessengerRoute) { Content = Json(body) };
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(MessengerHostFixture.AppSecret), body);
        request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(mac));
        return request;
    }

    public static HttpRequestMessage Telegram(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TelegramRoute) { Content = Json(body) };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramHostFixture.Secret);
        return request;
    }

    public static HttpRequestMessage Zalo(byte[] body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/channels/zalo") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("X-ZEvent-Signature", signature);
        return request;
    }

    /// <summary>Zalo's MAC over the raw bytes, with the top-level timestamp as the host reads it (zero when it has none
    /// it can read: then the event is refused as unverifiable, as it must be).</summary>
    public static string Mac(byte[] body) =>
        "mac=" + ZaloSignature.Compute(body, ZaloWebhooks.AppId, ZaloSignature.Timestamp(body) ?? "0", ZaloWebhooks.SecretKey);

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}

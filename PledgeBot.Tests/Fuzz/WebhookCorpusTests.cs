using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using PledgeBot.Tests.Conversations.NativeChannels.Zalo;

namespace PledgeBot.Tests.Fuzz;

/// <summary>The fixed corpus of issue 16's webhook causes (3, 4, 5): each once answered 500 or failed its turn in the
/// background; each now gets a 4xx, or is accepted with the bad field read as absent.</summary>
[Collection(FuzzCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class WebhookCorpusTests(FuzzHostFixture host)
{
    private static readonly JsonObject s_messengerMessage = WebhookFuzzTests.MessengerDelivery(new JsonObject
    {
        ["sender"] = new JsonObject { ["id"] = "psid-corpus" },
        ["recipient"] = new JsonObject { ["id"] = "page-1" },
        ["timestamp"] = 1_795_000_000_000,
        ["message"] = new JsonObject { ["mid"] = "m_corpus", ["text"] = "xin chào", ["quick_reply"] = new JsonObject { ["payload"] = "p" } },
    });

    private static readonly JsonObject s_messengerPostback = WebhookFuzzTests.MessengerDelivery(new JsonObject
    {
        ["sender"] = new JsonObject { ["id"] = "psid-corpus-2" },
        ["recipient"] = new JsonObject { ["id"] = "page-1" },
        ["timestamp"] = 1_795_000_000_000,
        ["postback"] = new JsonObject
        {
            ["payload"] = "GET_STARTED",
            ["referral"] = new JsonObject { ["ref"] = "CORPUS01", ["source"] = "SHORTLINK", ["type"] = "OPEN_THREAD" },
        },
    });

    [Theory]
    [InlineData("null")]
    [InlineData("\"1795000000000\"")]
    [InlineData("true")]
    [InlineData("[1795000000000]")]
    [InlineData("{\"ms\":1}")]
    [InlineData("253402300800000")]
    [InlineData("9223372036854775807")]
    [InlineData("-62135596800001")]
    public async Task Messenger_accepts_a_timestamp_of_the_wrong_kind_or_past_the_largest_date_as_none(string timestamp)
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var body = JsonMutations.With(s_messengerMessage, "entry.0.messaging.0.timestamp", timestamp);

        using var response = await client.SendAsync(WebhookFuzzTests.SignedMessenger(body));

        await FuzzAssert.AnsweredAsync(response, timestamp);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Theory]
    [InlineData("entry.0.messaging.0.sender.id")]
    [InlineData("entry.0.messaging.0.recipient.id")]
    [InlineData("entry.0.messaging.0.message.mid")]
    [InlineData("entry.0.messaging.0.message.text")]
    [InlineData("entry.0.messaging.0.message.quick_reply.payload")]
    [InlineData("object")]
    public async Task Messenger_refuses_text_that_is_not_unicode_in_any_field_with_400(string field)
    {
        using var client = host.CreateClient();

        foreach (var body in NotUnicode(s_messengerMessage, field))
        {
            using var response = await client.SendAsync(WebhookFuzzTests.SignedMessenger(body));
            await FuzzAssert.RefusedWithReasonAsync(response, $"{field}: {JsonMutations.Print(body)}", HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("entry.0.messaging.0.postback.payload")]
    [InlineData("entry.0.messaging.0.postback.mid")]
    [InlineData("entry.0.messaging.0.postback.referral.ref")]
    [InlineData("entry.0.id")]
    public async Task Messenger_refuses_a_postback_with_text_that_is_not_unicode_with_400(string field)
    {
        using var client = host.CreateClient();

        foreach (var body in NotUnicode(s_messengerPostback, field))
        {
            using var response = await client.SendAsync(WebhookFuzzTests.SignedMessenger(body));
            await FuzzAssert.RefusedWithReasonAsync(response, $"{field}: {JsonMutations.Print(body)}", HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Messenger_refuses_a_postback_whose_referral_holds_a_lone_surrogate_before_any_turn_runs()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var body = JsonMutations.With(s_messengerPostback, "entry.0.messaging.0.postback.referral.ref", "\"CODE\\ud800\"");

        using var response = await client.SendAsync(WebhookFuzzTests.SignedMessenger(body));

        await FuzzAssert.RefusedWithReasonAsync(response, "referral.ref", HttpStatusCode.BadRequest);
        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Theory]
    [InlineData("message.chat", null)]
    [InlineData("message.chat", "null")]
    [InlineData("message.date", "9007199254740993")]
    [InlineData("message.date", "-9007199254740993")]
    [InlineData("message.text", "\"\\ud800\"")]
    public async Task Telegram_refuses_a_message_without_a_chat_or_with_an_impossible_date_with_400(string field, string? raw)
    {
        using var client = host.CreateClient();
        var update = JsonNode.Parse(TelegramUpdateJson.Text(TelegramHostFixture.NewUpdateId(), 9_100_001, "xin chào"))!;
        var body = raw is null ? JsonMutations.Without(update, field) : JsonMutations.With(update, field, raw);

        using var response = await client.SendAsync(WebhookFuzzTests.Telegram(body));

        await FuzzAssert.RefusedWithReasonAsync(response, $"{field}={raw}", HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("callback_query.from", null)]
    [InlineData("callback_query.from", "null")]
    [InlineData("callback_query.id", null)]
    [InlineData("callback_query.message.date", "9007199254740993")]
    public async Task Telegram_refuses_a_tap_without_a_sender_or_with_an_impossible_date_with_400(string field, string? raw)
    {
        using var client = host.CreateClient();
        var update = JsonNode.Parse(TelegramUpdateJson.Tap(TelegramHostFixture.NewUpdateId(), 9_100_002, "pledge", "cb-corpus"))!;
        var body = raw is null ? JsonMutations.Without(update, field) : JsonMutations.With(update, field, raw);

        using var response = await client.SendAsync(WebhookFuzzTests.Telegram(body));

        await FuzzAssert.RefusedWithReasonAsync(response, $"{field}={raw}", HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"17950\\udfff00000\"")]
    [InlineData("\"\\u0031795000000000\"")]
    [InlineData("\"1795000000000x\"")]
    public async Task Zalo_refuses_a_timestamp_that_is_not_plain_digits_as_unverifiable_with_401(string timestamp)
    {
        using var client = host.CreateClient();
        var zaloEvent = JsonNode.Parse(ZaloWebhooks.Text(ZaloWebhooks.NewUser(), "xin chào"))!;
        var body = JsonMutations.With(zaloEvent, "timestamp", timestamp);

        using var response = await client.SendAsync(WebhookFuzzTests.Zalo(body, "mac=" + new string('0', 64)));

        await FuzzAssert.AnsweredAsync(response, timestamp);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Zalo_refuses_a_timestamp_of_invalid_utf8_as_unverifiable_with_401()
    {
        using var client = host.CreateClient();
        var zaloEvent = JsonNode.Parse(ZaloWebhooks.Text(ZaloWebhooks.NewUser(), "xin chào"))!;
        var body = JsonMutations.With(zaloEvent, "timestamp", "\"1795\u00ff\"");
        body = [.. body.AsSpan(0, Array.IndexOf(body, (byte)0xC3)), 0xFF, .. body.AsSpan(Array.IndexOf(body, (byte)0xC3) + 2)];

        using var response = await client.SendAsync(WebhookFuzzTests.Zalo(body, "mac=" + new string('0', 64)));

        await FuzzAssert.AnsweredAsync(response, "invalid UTF-8 timestamp");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("message.text")]
    [InlineData("sender.id")]
    [InlineData("message.msg_id")]
    public async Task Zalo_refuses_a_validly_signed_event_with_text_that_is_not_unicode_with_400(string field)
    {
        using var client = host.CreateClient();
        var zaloEvent = JsonNode.Parse(ZaloWebhooks.Text(ZaloWebhooks.NewUser(), "xin chào"))!;

        foreach (var body in NotUnicode(zaloEvent, field))
        {
            using var response = await client.SendAsync(WebhookFuzzTests.Zalo(body, WebhookFuzzTests.Mac(body)));
            await FuzzAssert.RefusedWithReasonAsync(response, $"{field}: {JsonMutations.Print(body)}", HttpStatusCode.BadRequest);
        }
    }

    // A lone surrogate escape, and a string with a byte that is not UTF-8.
    private static IEnumerable<byte[]> NotUnicode(JsonNode template, string field)
    {
        yield return JsonMutations.With(template, field, "\"a\\ud800\"");
        var marked = JsonMutations.With(template, field, "\"a\u00ff\"");
        var at = marked.AsSpan().IndexOf(Encoding.UTF8.GetBytes("\u00ff"));
        yield return [.. marked.AsSpan(0, at), 0xFF, .. marked.AsSpan(at + 2)];
    }
}

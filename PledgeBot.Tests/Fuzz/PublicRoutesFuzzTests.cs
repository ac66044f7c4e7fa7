using System.Text.Json.Nodes;
using CsCheck;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Generated input on the routes anyone can call: cards, <c>/r/{code}</c>, <c>/live</c>, stats and their
/// stream, health, the pages, Messenger's handshake, unknown methods, and <c>/api/messages</c>.</summary>
[Collection(FuzzCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class PublicRoutesFuzzTests(FuzzHostFixture host)
{
    private static readonly Gen<string> s_text = Gen.Frequency(
        (3, Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789-_.~"].Array[0, 40].Select(chars => new string(chars))),
        (2, Gen.OneOf("", "a", "ĐÀNẴNG", "..", "%00", "%2F", "🙂", new string('A', 3000), "1e400", "-1", "9007199254740993", "\u00ff")),
        (1, Gen.String[0, 16]));

    [Fact]
    public async Task Answers_generated_queries_and_paths_on_public_routes_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var calls = Gen.Frequency(
            (4, Gen.Select(s_text, s_text, s_text, s_text, s_text, (n, p, c, l, s) =>
                new FuzzCall("GET", $"cards/pledge.png?n={Escape(n)}&p={Escape(p)}&c={Escape(c)}&l={Escape(l)}&s={Escape(s)}"))),
            (1, s_text.Select(query => new FuzzCall("HEAD", $"cards/pledge.png?{Escape(query)}"))),
            (3, s_text.Select(code => new FuzzCall("GET", $"r/{Escape(code)}"))),
            (2, s_text.Select(code => new FuzzCall("GET", $"live?ref={Escape(code)}"))),
            (2, Gen.Select(s_text, s_text, s_text, (mode, token, challenge) =>
                new FuzzCall("GET", $"api/channels/messenger?hub.mode={Escape(mode)}&hub.verify_token={Escape(token)}&hub.challenge={Escape(challenge)}"))),
            (1, Gen.OneOf(
                new FuzzCall("GET", "api/stats"), new FuzzCall("GET", "healthz"), new FuzzCall("GET", "readyz"), new FuzzCall("GET", ""),
                new FuzzCall("GET", "admin"), new FuzzCall("DELETE", "api/stats"), new FuzzCall("PUT", "api/messages"),
                new FuzzCall("POST", "api/directline/token"), new FuzzCall("OPTIONS", "v3/directline/conversations"))),
            (1, s_text.Select(path => new FuzzCall("GET", Escape(path)))));

        await FuzzAssert.EveryAnsweredAsync(
            calls,
            async call =>
            {
                using var request = call.ToRequest();
                return await client.SendAsync(request);
            },
            call => call.ToString());

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Fact]
    public async Task The_stats_stream_opens_for_any_query_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();

        await s_text.SampleAsync(
            async query =>
            {
                // An event stream never ends: only its status and first bytes are read.
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                using var response = await client.GetAsync($"api/stats/stream?ref={Escape(query)}", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                Assert.True((int)response.StatusCode < 500, $"{query}: {(int)response.StatusCode}");
            },
            iter: 30,
            threads: 1);

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    [Fact]
    public async Task Api_messages_answers_generated_activities_without_a_server_error()
    {
        var mark = host.Log.Errors.Count;
        using var client = host.CreateClient();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "fuzz|0000001",
            ["timestamp"] = "2026-11-23T06:05:00.123Z",
            ["channelId"] = "emulator",
            ["serviceUrl"] = new Uri(host.Connector.BaseUrl, "amer/").ToString(),
            ["from"] = new JsonObject { ["id"] = "user-fuzz", ["name"] = "Lan" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1" },
            ["conversation"] = new JsonObject { ["id"] = "19:fuzz|test" },
            ["locale"] = "vi-VN",
            ["text"] = "xin chào",
            ["channelData"] = new JsonObject { ["a"] = new JsonArray(1, "b") },
            ["value"] = new JsonObject { ["k"] = "v" },
        };

        await JsonMutations.Of(activity).SampleAsync(
            async body =>
            {
                using var request = new FuzzCall("POST", "api/messages", body).ToRequest();
                using var response = await client.SendAsync(request);
                await FuzzAssert.AnsweredAsync(response, $"api/messages {JsonMutations.Print(body)}");
            },
            iter: 200,
            threads: 2,
            print: JsonMutations.Print);

        await FuzzAssert.StillHealthyAsync(host, mark);
    }

    private static string Escape(string text)
    {
        try
        {
            return Uri.EscapeDataString(text);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }
}

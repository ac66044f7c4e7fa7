using System.Net;
using static PledgeBot.Tests.Conversations.NativeChannels.Messenger.MessengerEvent;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

[Collection(MessengerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MessengerWebhookTests(MessengerHostFixture host)
{
    private const string Route = MessengerHostFixture.Route;

    [Fact]
    public async Task Answers_the_verification_with_the_challenge_as_plain_text()
    {
        using var response = await host.Client.GetAsync(
            $"{Route}?hub.mode=subscribe&hub.verify_token={MessengerHostFixture.VerifyToken}&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.verify_token=wrong-token&hub.challenge=42")]
    [InlineData("hub.mode=unsubscribe&hub.verify_token=" + MessengerHostFixture.VerifyToken + "&hub.challenge=42")]
    [InlineData("hub.verify_token=" + MessengerHostFixture.VerifyToken + "&hub.challenge=42")]
    [InlineData("hub.mode=subscribe&hub.challenge=42")]
    [InlineData("hub.mode=subscribe&hub.verify_token=" + MessengerHostFixture.VerifyToken)]
    public async Task Refuses_a_verification_with_a_wrong_token_mode_or_no_challenge_with_403(string query)
    {
        using var response = await host.Client.GetAsync($"{Route}?{query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Does_not_echo_a_challenge_longer_than_200_characters()
    {
        using var response = await host.Client.GetAsync(
            $"{Route}?hub.mode=subscribe&hub.verify_token={MessengerHostFixture.VerifyToken}&hub.challenge={new string('7', 201)}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Answers_404_to_verification_and_deliveries_when_messenger_is_not_configured()
    {
        await using var graph = await FakeGraph.StartAsync();
        var factory = host.CreateFactory(graph, messenger: false);
        using var client = factory.CreateClient();

        using var verification = await client.GetAsync($"{Route}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1");
        using var delivery = await MessengerHostFixture.PostAsync(client, Envelope(Text(NewPsid(), "hi")));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (verification.StatusCode, delivery.StatusCode));
        Assert.Empty(graph.AllRequests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("sha1=0000000000000000000000000000000000000000")]
    [InlineData("sha256=not-hex")]
    [InlineData("wrong-secret")]
    public async Task Refuses_a_missing_or_wrong_signature_with_an_empty_401_and_runs_nothing(string? signature)
    {
        var psid = NewPsid();
        var body = Envelope(Text(psid, "test:pair 1"));
        if (signature == "wrong-secret")
        {
            signature = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("not-the-secret"u8, System.Text.Encoding.UTF8.GetBytes(body)));
        }

        using var response = await host.PostAsync(body, signature);
        await BarrierAsync(psid, expected: 2);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Equal(["pair barrier a", "pair barrier b"], host.Graph.RequestsTo(psid).Select(r => r.Text));
    }

    [Fact]
    public async Task Refuses_a_body_signed_for_other_bytes_with_401()
    {
        var body = Envelope(Text(NewPsid(), "hello"));

        using var response = await host.PostAsync(body.Replace("hello", "hellO", StringComparison.Ordinal), MessengerHostFixture.Sign(body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"object":"page"}""")]
    public async Task Answers_a_signed_body_that_is_not_a_delivery_with_400(string body)
    {
        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_a_body_over_256_kb_with_413()
    {
        var body = Envelope(Text(NewPsid(), new string('a', 300 * 1024)));

        using var response = await host.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Skips_echoes_delivery_and_read_receipts_with_200()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(Echo(psid, "test:pair 1"), Delivery(psid), Read(psid)));
        await BarrierAsync(psid, expected: 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["pair barrier a", "pair barrier b"], host.Graph.RequestsTo(psid).Select(r => r.Text));
        Assert.Empty(host.Graph.RequestsTo(PageId));
    }

    [Fact]
    public async Task Runs_every_event_of_a_batched_delivery()
    {
        var (first, second) = (NewPsid(), NewPsid());

        using var response = await host.PostAsync(Entries(
            [Text(first, "test:pair 1"), Delivery(first)],
            [Echo(second, "ignored"), Text(second, "test:pair 2"), Text(first, "test:pair 3")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["pair 1 a", "pair 1 b", "pair 3 a", "pair 3 b"], (await host.Graph.WaitForAsync(first, 4)).Select(r => r.Text));
        Assert.Equal(["pair 2 a", "pair 2 b"], (await host.Graph.WaitForAsync(second, 2)).Select(r => r.Text));
    }

    [Fact]
    public async Task Runs_a_replayed_or_redelivered_message_once()
    {
        var psid = NewPsid();
        var body = Envelope(Text(psid, "test:pair 1"));
        var again = Envelope(Text(psid, "test:pair 1", mid: System.Text.Json.JsonDocument.Parse(body).RootElement
            .GetProperty("entry")[0].GetProperty("messaging")[0].GetProperty("message").GetProperty("mid").GetString()));

        using var first = await host.PostAsync(body);
        using var replayed = await host.PostAsync(body);
        using var redelivered = await host.PostAsync(again);
        await BarrierAsync(psid, expected: 4);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replayed.StatusCode, redelivered.StatusCode));
        Assert.Equal(["pair 1 a", "pair 1 b", "pair barrier a", "pair barrier b"], host.Graph.RequestsTo(psid).Select(r => r.Text));
    }

    [Fact]
    public async Task Answers_a_delivery_the_full_queue_cannot_take_with_503_and_runs_each_event_once_when_meta_sends_it_again()
    {
        var graph = host.Graph;
        var factory = host.CreateFactory(graph, messenger: true, ("Channels:Queue:Capacity", "1"));
        using var client = factory.CreateClient();
        var psid = NewPsid();
        var body = Envelope(Text(psid, "test:pair 1"), Text(psid, "test:pair 2"));

        using var busy = await MessengerHostFixture.PostAsync(client, body);
        await graph.WaitForAsync(psid, 2);
        using var again = await MessengerHostFixture.PostAsync(client, body);
        var sent = await graph.WaitForAsync(psid, 4);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["pair 1 a", "pair 1 b", "pair 2 a", "pair 2 b"], sent.Select(r => r.Text));
    }

    // Turns of one conversation run in order: once a later message's replies are in, nothing earlier is still coming.
    private async Task BarrierAsync(string psid, int expected)
    {
        using var response = await host.PostAsync(Envelope(Text(psid, "test:pair barrier")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Graph.WaitForAsync(psid, expected);
    }
}

using System.Net;
using System.Text.Json;
using static PledgeBot.Tests.Conversations.NativeChannels.Messenger.MessengerEvent;

namespace PledgeBot.Tests.Conversations.NativeChannels.Messenger;

[Collection(MessengerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class MessengerSendTests(MessengerHostFixture host)
{
    [Fact]
    public async Task Sends_a_text_reply_to_the_send_api_with_the_page_token_as_a_query_parameter()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(Text(psid, "test:pair 1")));
        var sent = await host.Graph.WaitForAsync(psid, 2);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = sent[0];
        Assert.Equal(("POST", "/v25.0/me/messages", $"?access_token={MessengerHostFixture.PageToken}"), (first.Method, first.Path, first.Query));
        Assert.Equal("application/json; charset=utf-8", first.Headers["Content-Type"]);
        Assert.False(first.Headers.ContainsKey("Authorization"));
        Assert.Equal($$$"""{"recipient":{"id":"{{{psid}}}"},"messaging_type":"RESPONSE","message":{"text":"pair 1 a"}}""", first.Body);
    }

    [Fact]
    public async Task Maps_a_quick_reply_tap_to_its_payload()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(QuickReply(psid, "Shown title", "test:pair 5")));

        Assert.Equal(["pair 5 a", "pair 5 b"], (await host.Graph.WaitForAsync(psid, 2)).Select(r => r.Text));
    }

    [Fact]
    public async Task Offers_twelve_options_and_more_with_the_full_numbered_list_and_sends_the_rest_on_a_more_tap()
    {
        var psid = NewPsid();

        using var wide = await host.PostAsync(Envelope(Text(psid, "test:wide")));
        var menu = (await host.Graph.WaitForAsync(psid, 1))[0].Message;
        using var more = await host.PostAsync(Envelope(QuickReply(psid, "Thêm…", "/more")));
        var rest = (await host.Graph.WaitForAsync(psid, 2))[1].Message;

        var replies = menu.GetProperty("quick_replies").EnumerateArray().ToList();
        Assert.Equal(13, replies.Count);
        Assert.Equal(
            [.. Enumerable.Range(1, 12).Select(i => ($"Option {i}", $"option-{i}")), ("Thêm…", "/more")],
            replies.Select(r => (r.GetProperty("title").GetString(), r.GetProperty("payload").GetString())));
        Assert.All(replies, r => Assert.Equal("text", r.GetProperty("content_type").GetString()));
        Assert.Equal("Pick one\n\n" + string.Join('\n', Enumerable.Range(1, 15).Select(i => $"{i}. Option {i}")), menu.GetProperty("text").GetString());
        Assert.Equal(
            ["option-13", "option-14", "option-15"],
            rest.GetProperty("quick_replies").EnumerateArray().Select(r => r.GetProperty("payload").GetString()));
        Assert.Equal("Các lựa chọn khác:", rest.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Shortens_quick_reply_titles_over_20_characters_and_lists_them_in_full_in_the_text()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(Text(psid, "test:long-titles")));
        var message = (await host.Graph.WaitForAsync(psid, 1))[0].Message;

        var reply = message.GetProperty("quick_replies")[0];
        Assert.Equal("Cam kết không chia…", reply.GetProperty("title").GetString());
        Assert.True(reply.GetProperty("title").GetString()!.Length <= 20);
        Assert.Equal(ScriptedRepliesBot.LongTitle, reply.GetProperty("payload").GetString());
        Assert.Equal($"Choose\n\n1. {ScriptedRepliesBot.LongTitle}\n2. Short", message.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sends_a_card_with_four_buttons_as_a_generic_template_of_three_and_a_button_template_with_the_fourth()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(Text(psid, "test:card4")));
        var sent = await host.Graph.WaitForAsync(psid, 3);

        Assert.Equal("""{"text":"Card below"}""", sent[0].Message.GetRawText());
        Assert.Equal(
            """{"attachment":{"type":"template","payload":{"template_type":"generic","elements":[{"title":"Thẻ cam kết của bạn","subtitle":"Chia sẻ để rủ bạn bè","image_url":"https://pledge.example/cards/1.png","buttons":[{"type":"web_url","title":"Chia sẻ","url":"https://pledge.example/share"},{"type":"postback","title":"Cam kết","payload":"cam kết"},{"type":"postback","title":"Đố vui","payload":"đố vui"}]}]}}}""",
            Canonical(sent[1].Message));
        Assert.Equal(
            """{"attachment":{"type":"template","payload":{"template_type":"button","text":"Thẻ cam kết của bạn","buttons":[{"type":"postback","title":"Menu","payload":"menu"}]}}}""",
            Canonical(sent[2].Message));
    }

    [Fact]
    public async Task Splits_a_text_over_2000_characters_at_line_breaks_without_losing_any()
    {
        var psid = NewPsid();

        using var response = await host.PostAsync(Envelope(Text(psid, "test:long-text")));
        var sent = await host.Graph.WaitForAsync(psid, 3);

        Assert.Equal(3, sent.Count);
        Assert.All(sent, r => Assert.True(r.Text.Length <= 2000));
        Assert.All(sent, r => Assert.EndsWith(new string('x', 40), r.Text, StringComparison.Ordinal));
        Assert.Equal(ScriptedRepliesBot.LongText(), string.Join('\n', sent.Select(r => r.Text)));
    }

    public static TheoryData<int, int?, int?> TransientErrors => new()
    {
        { 500, 2, null },
        { 400, 4, null },
        { 400, 613, null },
        { 400, 80006, null },
        { 500, 1200, null },
        { 503, null, null },
        { 429, null, null },
    };

    [Theory]
    [MemberData(nameof(TransientErrors))]
    public async Task Retries_a_temporary_or_rate_limit_error_and_then_delivers_in_order(int status, int? code, int? subcode)
    {
        var psid = NewPsid();
        var failure = code is { } c ? FakeGraphAnswer.Error(status, c, subcode) : new FakeGraphAnswer(status, "<html>busy</html>");
        host.Graph.Script(psid, failure, failure);

        using var response = await host.PostAsync(Envelope(Text(psid, "test:pair 1")));

        Assert.Equal(["pair 1 a", "pair 1 a", "pair 1 a", "pair 1 b"], (await host.Graph.WaitForAsync(psid, 4)).Select(r => r.Text));
    }

    [Fact]
    public async Task Retries_an_attempt_that_times_out()
    {
        var psid = NewPsid();
        host.Graph.Script(psid, FakeGraphAnswer.Slow(TimeSpan.FromSeconds(3)));

        using var response = await host.PostAsync(Envelope(Text(psid, "test:pair 1")));

        Assert.Equal(["pair 1 a", "pair 1 a", "pair 1 b"], (await host.Graph.WaitForAsync(psid, 3)).Select(r => r.Text));
    }

    public static TheoryData<int, int, int?> PermanentErrors => new()
    {
        { 400, 190, null },
        { 400, 10, 2018278 },
        { 400, 551, null },
        { 400, 100, null },
        { 403, 200, null },
    };

    [Theory]
    [MemberData(nameof(PermanentErrors))]
    public async Task Never_retries_a_permanent_error_and_holds_back_the_rest_of_that_turn(int status, int code, int? subcode)
    {
        using var outcomes = new ReplyOutcomes();
        var psid = NewPsid();
        host.Graph.Script(psid, FakeGraphAnswer.Error(status, code, subcode));

        using var failed = await host.PostAsync(Envelope(Text(psid, "test:pair 1")));
        using var next = await host.PostAsync(Envelope(Text(psid, "test:pair 2")));

        Assert.Equal(["pair 1 a", "pair 2 a", "pair 2 b"], (await host.Graph.WaitForAsync(psid, 3)).Select(r => r.Text));
        var reason = subcode is { } sub ? $"code-{code}-{sub}" : $"code-{code}";
        Assert.True(outcomes.Saw("failed", reason) && outcomes.Saw("held", reason), $"no failed and held replies counted as {reason}");
    }

    // The expected JSON is written in order of Messenger's docs; compare it as the adapter serialises (same order).
    private static readonly JsonSerializerOptions s_readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Canonical(JsonElement element) => JsonSerializer.Serialize(element, s_readable);
}

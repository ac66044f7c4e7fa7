using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Campaign.Live;
using PledgeBot.Referrals;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Campaign.Live;

[Collection(LiveCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class LiveEndpointTests(LiveHostFixture host)
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Serves_the_big_screen_page_in_vietnamese_with_a_qr_code_of_the_campaign_page()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/live");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Lời cam kết đã được gửi", html, StringComparison.Ordinal);
        Assert.Contains(LiveQrCode.Svg(ReferralHostFixture.BaseUrl + "/"), html, StringComparison.Ordinal);
        Assert.Contains("pledge.example<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"booth-code\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("booth-07", "BOOTH-07")]
    [InlineData("  FEST_HANOI ", "FEST_HANOI")]
    public async Task Shows_a_booth_code_and_links_the_qr_code_with_it(string code, string shown)
    {
        using var client = host.CreateClient();
        using var staff = host.StaffClient();
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = shown, owner = "Gian hàng", kind = "booth" });
        var link = host.Factory.Services.GetRequiredService<ReferralLinks>().Web(shown);

        using var response = await client.GetAsync($"/live?ref={Uri.EscapeDataString(code)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{ReferralHostFixture.BaseUrl}/?ref={shown}", link);
        Assert.Contains($"<b id=\"booth-code\">{shown}</b>", html, StringComparison.Ordinal);
        Assert.Contains(LiveQrCode.Svg(link), html, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveQrCode.Svg(ReferralHostFixture.BaseUrl + "/"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_booth_code_that_does_not_exist_with_404_and_says_what_to_do()
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/live?ref=BOOTH-TYPO-404");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BOOTH-TYPO-404", body, StringComparison.Ordinal);
        Assert.Contains("check the spelling", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_booth_code_staff_switched_off_with_404_until_it_is_switched_on_again()
    {
        using var client = host.CreateClient();
        using var staff = host.StaffClient();
        var code = $"BOOTH-OFF-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "Gian hàng tạm", kind = "booth" });
        using var off = await staff.PatchAsJsonAsync($"/admin/referral-codes/{code}", new { active = false });

        using var refused = await client.GetAsync($"/live?ref={code}");
        using var on = await staff.PatchAsJsonAsync($"/admin/referral-codes/{code}", new { active = true });
        using var served = await client.GetAsync($"/live?ref={code}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, off.StatusCode, on.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("no active booth code", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Theory]
    [InlineData("AB")]
    [InlineData("booth 7")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("BOOTH-CODE-THAT-IS-FAR-TOO-LONG-X")]
    [InlineData("gian-hàng")]
    public async Task Refuses_a_malformed_booth_code_with_400_and_a_reason(string code)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync($"/live?ref={Uri.EscapeDataString(code)}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"ref\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_the_current_totals_first_with_a_retry_field()
    {
        using var client = host.CreateClient();
        await PledgeAsync("da-nang");
        var total = (await host.Factory.Services.GetRequiredService<ICampaignLedger>().GetTotalsAsync(CancellationToken.None)).Pledges;

        using var response = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        var retry = await events.NextAsync(s_wait);
        var first = await events.NextAsync(s_wait);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["retry: 3000"], retry);
        Assert.Equal("event: totals", first[0]);
        Assert.Equal($"id: {total}", first[1]);
        Assert.StartsWith($"data: {{\"pledges\":{total},\"topProvinces\":[", first[2], StringComparison.Ordinal);
        var provinces = JsonDocument.Parse(first[2]["data: ".Length..]).RootElement.GetProperty("topProvinces").EnumerateArray().ToList();
        Assert.InRange(provinces.Count, 1, 5);
        Assert.Equal(provinces.Select(p => p.GetProperty("pledges").GetInt64()).OrderDescending(), provinces.Select(p => p.GetProperty("pledges").GetInt64()));
    }

    [Fact]
    public async Task Streams_a_new_total_within_two_seconds_of_a_pledge()
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        var before = (await events.NextTotalsAsync(s_wait)).GetProperty("pledges").GetInt64();

        await PledgeAsync("hue");
        var clock = Stopwatch.StartNew();
        var after = await events.NextTotalsAsync(TimeSpan.FromSeconds(2));

        Assert.Equal(before + 1, after.GetProperty("pledges").GetInt64());
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Refuses_a_stream_over_the_subscriber_limit_with_503_and_serves_again_once_one_closes()
    {
        var factory = host.CreateFactory(("Live:MaxSubscribers", "2"), ("Live:Heartbeat", "00:00:01"));
        using var client = factory.CreateClient();
        var first = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead);
        using var second = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead);

        using (var third = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
            Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        }

        first.Dispose();
        var broadcast = factory.Services.GetRequiredService<LiveBroadcast>();
        var deadline = DateTime.UtcNow + s_wait;
        while (broadcast.Count > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        using var again = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (second.StatusCode, again.StatusCode));
    }

    [Fact]
    public async Task Sends_a_heartbeat_comment_on_a_quiet_stream()
    {
        var factory = host.CreateFactory(("Live:Heartbeat", "00:00:01"));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        await events.NextTotalsAsync(s_wait);
        var next = await events.NextAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([": heartbeat"], next);
    }

    [Fact]
    public async Task Sends_the_new_total_to_every_open_screen()
    {
        using var client = host.CreateClient();
        var streams = new List<HttpResponseMessage>();
        var readers = new List<ServerSentEvents>();
        for (var i = 0; i < 20; i++)
        {
            streams.Add(await client.GetAsync(LiveEndpoints.StreamRoute, HttpCompletionOption.ResponseHeadersRead));
            readers.Add(new ServerSentEvents(await streams[^1].Content.ReadAsStreamAsync()));
        }

        foreach (var reader in readers)
        {
            await reader.NextTotalsAsync(s_wait);
        }

        await PledgeAsync("an-giang");
        var updates = await Task.WhenAll(readers.Select(r => r.NextTotalsAsync(TimeSpan.FromSeconds(3))));

        Assert.Single(updates.Select(u => u.GetProperty("pledges").GetInt64()).Distinct());
        foreach (var (reader, stream) in readers.Zip(streams))
        {
            reader.Dispose();
            stream.Dispose();
        }
    }

    private Task<PledgeReceipt> PledgeAsync(string province) =>
        host.Factory.Services.GetRequiredService<ICampaignLedger>().RecordPledgeAsync(
            new PledgeRecord(UserHash.Parse($"{Guid.NewGuid():N}"), ["p1"], province, AgeBands.From18To24, "webchat", null, null, DateTimeOffset.UtcNow),
            CancellationToken.None);
}

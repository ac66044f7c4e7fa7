using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Referrals;
using PledgeBot.Store;
using QRCoder;
using SkiaSharp;
using StackExchange.Redis;

namespace PledgeBot.Tests.Referrals;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ReferralEndpointTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    private static readonly DateTimeOffset s_noon = new(2026, 11, 23, 5, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("GET", "/admin/referral-codes")]
    [InlineData("POST", "/admin/referral-codes")]
    [InlineData("POST", "/admin/referral-codes/bulk")]
    [InlineData("GET", "/admin/referral-codes/KOL1")]
    [InlineData("PATCH", "/admin/referral-codes/KOL1")]
    [InlineData("GET", "/admin/referral-codes/KOL1/qr.png")]
    [InlineData("GET", "/admin/referral-unknown")]
    public async Task Refuses_every_admin_endpoint_without_a_staff_key_with_401(string method, string path)
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Refuses_wrong_keys_with_401_then_holds_the_address_with_429_even_for_the_right_key()
    {
        using var factory = host.CreateFactory(("Staff:FailedAttemptsPerWindow", "2"), ("Staff:FailedAttemptsWindow", "00:10:00"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var key in new[] { "wrong-1", "wrong-2", "wrong-3", ReferralHostFixture.StaffKey })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/referral-codes");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Creates_a_code_with_its_links_qr_and_stats_urls_and_refuses_it_again_with_409()
    {
        using var client = host.StaffClient();
        var code = NewCode("KOL");

        using var created = await client.PostAsJsonAsync("/admin/referral-codes", new { code = code.ToLowerInvariant(), owner = "Chị Lan", kind = "KOL" });
        using var again = await client.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "Someone else", kind = "kol" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await JsonAsync(created);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal("Chị Lan", body.GetProperty("owner").GetString());
        Assert.Equal($"{ReferralHostFixture.BaseUrl}/?ref={code}", body.GetProperty("links").GetProperty("web").GetString());
        Assert.Equal($"https://t.me/PledgeVN_bot?start={code}", body.GetProperty("links").GetProperty("telegram").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("links").GetProperty("messenger").ValueKind);
        Assert.Equal($"{ReferralHostFixture.BaseUrl}/admin/referral-codes/{code}/qr.png", body.GetProperty("qrUrl").GetString());
        Assert.StartsWith($"{ReferralHostFixture.BaseUrl}/r/{code}?sig=", body.GetProperty("statsUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("""{"code":"K!","owner":"An","kind":"kol"}""")]
    [InlineData("""{"code":"AB","owner":"An","kind":"kol"}""")]
    [InlineData("""{"code":"KOL_OK_1","owner":"An","kind":"peer"}""")]
    [InlineData("""{"code":"KOL_OK_1","owner":"","kind":"kol"}""")]
    [InlineData("""{"code":"KOL_OK_1","owner":"An"}""")]
    [InlineData("""not json""")]
    [InlineData("""[1,2]""")]
    public async Task Refuses_a_bad_code_kind_owner_or_body_with_400_and_a_reason(string json)
    {
        using var client = host.StaffClient();

        using var response = await client.PostAsync("/admin/referral-codes", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Refuses_a_body_over_its_limit_with_413()
    {
        using var client = host.StaffClient();

        using var response = await client.PostAsync("/admin/referral-codes", new StringContent(new string(' ', 10_000), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Imports_a_csv_creating_the_good_rows_and_reporting_each_bad_one()
    {
        using var client = host.StaffClient();
        var (school, booth, existing) = (NewCode("SCH"), NewCode("BTH"), NewCode("OLD"));
        using var first = await client.PostAsJsonAsync("/admin/referral-codes", new { code = existing, owner = "Old", kind = "kol" });
        var csv = $"\uFEFFcode,owner,kind\n{school},\"Trường THPT Chu Văn An, Hà Nội\",school\n{booth},Booth 7,booth\nbad code!,X,kol\n{existing},Old again,kol\n{school},Twice,school\nOK_KIND_1,Y,celebrity\n";

        using var response = await client.PostAsync("/admin/referral-codes/bulk", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal((2, 4), (body.GetProperty("created").GetInt32(), body.GetProperty("rejected").GetInt32()));
        var rows = body.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("status").GetString())).ToArray();
        Assert.Equal([(2, "created"), (3, "created"), (4, "invalid"), (5, "exists"), (6, "invalid"), (7, "invalid")], rows);
        using var imported = await client.GetAsync($"/admin/referral-codes/{school}");
        Assert.Equal("Trường THPT Chu Văn An, Hà Nội", (await JsonAsync(imported)).GetProperty("code").GetProperty("owner").GetString());
        using var kept = await client.GetAsync($"/admin/referral-codes/{existing}");
        Assert.Equal("Old", (await JsonAsync(kept)).GetProperty("code").GetProperty("owner").GetString());
    }

    [Theory]
    [InlineData("name,kind\nKOL_X,kol\n")]
    [InlineData("code,owner,kind\n\"KOL_X,An,kol\n")]
    public async Task Refuses_a_csv_without_its_header_or_with_broken_quoting_with_400(string csv)
    {
        using var client = host.StaffClient();

        using var response = await client.PostAsync("/admin/referral-codes/bulk", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Lists_codes_of_a_kind_by_reach_and_shows_one_with_its_counts_per_day()
    {
        using var client = host.StaffClient();
        var kind = "koc";
        var codes = new[] { NewCode("KA"), NewCode("KB") };
        foreach (var code in codes)
        {
            using var created = await client.PostAsJsonAsync("/admin/referral-codes", new { code, owner = code, kind });
        }

        await TouchAsync(codes[1], 3);
        await TouchAsync(codes[0], 1);

        using var list = await client.GetAsync("/admin/referral-codes?kind=koc&sort=reach&page=1");
        using var byPledges = await client.GetAsync("/admin/referral-codes?sort=pledges");
        using var details = await client.GetAsync($"/admin/referral-codes/{codes[1].ToLowerInvariant()}");

        var items = (await JsonAsync(list)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.True(items.IndexOf(codes[1]) < items.IndexOf(codes[0]) && items.IndexOf(codes[0]) >= 0);
        Assert.Equal(HttpStatusCode.OK, byPledges.StatusCode);
        var body = await JsonAsync(details);
        Assert.Equal(3, body.GetProperty("code").GetProperty("reach").GetInt64());
        var day = Assert.Single(body.GetProperty("days").EnumerateArray());
        Assert.Equal(("2026-11-23", 3, 3), (day.GetProperty("day").GetString(), day.GetProperty("reach").GetInt64(), day.GetProperty("firstTouches").GetInt64()));
    }

    [Theory]
    [InlineData("/admin/referral-codes?sort=fame", HttpStatusCode.BadRequest)]
    [InlineData("/admin/referral-codes?kind=star", HttpStatusCode.BadRequest)]
    [InlineData("/admin/referral-codes?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/admin/referral-codes/NO_SUCH_CODE", HttpStatusCode.NotFound)]
    [InlineData("/admin/referral-codes/a%21b", HttpStatusCode.BadRequest)]
    [InlineData("/admin/referral-codes/NO_SUCH_CODE/qr.png", HttpStatusCode.NotFound)]
    public async Task Answers_bad_queries_with_400_and_unknown_codes_with_404(string path, HttpStatusCode expected)
    {
        using var client = host.StaffClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Deactivates_a_code_so_that_arrivals_with_it_count_as_unknown_and_audits_the_change()
    {
        using var client = host.StaffClient();
        var code = NewCode("OFF");
        using var created = await client.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "Booth", kind = "booth" });

        using var patched = await client.PatchAsync($"/admin/referral-codes/{code}", JsonContent.Create(new { active = false }));
        using var missing = await client.PatchAsync("/admin/referral-codes/NO_SUCH_CODE", JsonContent.Create(new { active = false }));
        using var invalid = await client.PatchAsync($"/admin/referral-codes/{code}", JsonContent.Create(new { active = "no" }));
        var touch = await TouchAsync(code, 1);
        using var unknown = await client.GetAsync("/admin/referral-unknown");

        Assert.False((await JsonAsync(patched)).GetProperty("code").GetProperty("active").GetBoolean());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (missing.StatusCode, invalid.StatusCode));
        Assert.Equal(ReferralTouchKind.Unknown, touch.Kind);
        Assert.Contains((await JsonAsync(unknown)).EnumerateArray(), d => d.GetProperty("day").GetString() == "2026-11-23");
        var audit = await Database().ListRangeAsync(Keys().StaffAudit(), 0, 50);
        var entries = audit.Select(a => JsonDocument.Parse((string)a!).RootElement).Where(a => a.GetProperty("code").GetString() == code).ToList();
        Assert.Equal(["deactivated", "created"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(ReferralHostFixture.StaffKeyHash[..12], e.GetProperty("keyId").GetString()));
    }

    [Fact]
    public async Task Serves_a_QR_PNG_whose_modules_are_those_of_the_codes_web_link()
    {
        using var client = host.StaffClient();
        var code = NewCode("QR");
        using var created = await client.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "QR", kind = "booth" });

        using var response = await client.GetAsync($"/admin/referral-codes/{code}/qr.png");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        using var expected = QRCodeGenerator.GenerateQrCode($"{ReferralHostFixture.BaseUrl}/?ref={code}", ReferralQrCode.Level);
        var count = expected.ModuleMatrix.Count;
        var module = bitmap.Width / count;
        Assert.Equal(bitmap.Width, module * count);
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                var pixel = bitmap.GetPixel((column * module) + (module / 2), (row * module) + (module / 2));
                Assert.Equal(expected.ModuleMatrix[row][column], pixel.Red < 128);
            }
        }
    }

    [Fact]
    public async Task Serves_the_stats_page_for_a_good_signature_and_refuses_a_bad_one_with_403()
    {
        using var staff = host.StaffClient();
        var code = NewCode("PAGE");
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "<b>Lan</b>", kind = "kol" });
        var statsUrl = new Uri((await JsonAsync(created)).GetProperty("statsUrl").GetString()!);
        await TouchAsync(code, 2);
        using var anonymous = host.Factory.CreateClient();

        using var page = await anonymous.GetAsync(statsUrl.PathAndQuery);
        using var forged = await anonymous.GetAsync($"/r/{code}?sig=AAAAAAAAAAAAAAAAAAAAAA");
        using var unsigned = await anonymous.GetAsync($"/r/{code}");
        using var otherCode = await anonymous.GetAsync($"/r/{NewCode("X")}{statsUrl.Query}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(code, html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Lan&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { forged.StatusCode, unsigned.StatusCode, otherCode.StatusCode });
    }

    private async Task<ReferralTouch> TouchAsync(string code, int users)
    {
        var registry = host.Factory.Services.GetRequiredService<IReferralRegistry>();
        var last = ReferralTouch.Unknown;
        for (var user = 0; user < users; user++)
        {
            last = await registry.TouchAsync(code, UserHash.Parse($"{Guid.NewGuid():N}"), "telegram", s_noon, CancellationToken.None);
        }

        return last;
    }

    private IDatabase Database() => host.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    private RedisKeys Keys() => host.Factory.Services.GetRequiredService<RedisKeys>();

    private static string NewCode(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 9, 32)].ToUpperInvariant();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

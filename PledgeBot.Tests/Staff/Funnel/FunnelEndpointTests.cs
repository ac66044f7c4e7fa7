using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Content;
using PledgeBot.Store;
using PledgeBot.Tests.Integration;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Staff.Funnel;

/// <summary><c>GET /admin/funnel.json</c> against a scripted set of conversations over <c>/api/messages</c>, on the
/// embedded store: each step counted once per conversation, by day, referral kind and code, under the content version.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class FunnelEndpointTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    private static readonly string[] s_fullPledge = ["xin chào", "cam kết", "1", "1", "1", "1 2 3", "xong", "hà nội", "18–24"];

    [Fact]
    public async Task Counts_each_step_once_per_conversation_by_day_kind_and_code()
    {
        using var staff = host.StaffClient();
        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = "FUNNEL-KOL", owner = "Funnel KOL", kind = "kol" });
        await ConverseAsync("full", s_fullPledge);
        await ConverseAsync("restarts", "xin chào", "cam kết", "menu", "cam kết");
        await ConverseAsync("from-kol", "ma FUNNEL-KOL", "cam kết", "1", "1", "1");
        await ConverseAsync("quiz", "xin chào", "quiz", "1", "1", "1", "1", "1");
        var today = CampaignDay.Of(DateTimeOffset.UtcNow);

        var pledge = await staff.GetFromJsonAsync<JsonElement>($"/admin/funnel.json?flow=pledge&from={today}&to={today}");
        var quiz = await staff.GetFromJsonAsync<JsonElement>($"/admin/funnel.json?flow=quiz&from={today}&to={today}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(Version, pledge.GetProperty("version").GetString());
        Assert.Equal(
            ["start", "situations", "pledges", "province", "age", "pledged"],
            pledge.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([3L, 3, 2, 1, 1, 1], Counts(pledge.GetProperty("steps"), "conversations"));
        Assert.Equal([3L, 3, 2, 1, 1, 1], Counts(Single(pledge, "days", today)));
        Assert.Equal([2L, 2, 1, 1, 1, 1], Counts(Single(pledge, "kinds", "none")));
        Assert.Equal([1L, 1, 1, 0, 0, 0], Counts(Single(pledge, "kinds", "kol")));
        var code = Single(pledge, "codes", "FUNNEL-KOL");
        Assert.Equal("kol", code.GetProperty("kind").GetString());
        Assert.Equal([1L, 1, 1, 0, 0, 0], Counts(code));
        Assert.Equal(["start", "questions", "finished"], quiz.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([1L, 1, 1], Counts(quiz.GetProperty("steps"), "conversations"));
        var version = Assert.Single(pledge.GetProperty("versions").EnumerateArray());
        Assert.Equal((Version, today, 3L), (version.GetProperty("version").GetString(), version.GetProperty("lastDay").GetString(), version.GetProperty("started").GetInt64()));
    }

    [Fact]
    public async Task Shows_nothing_for_a_content_version_nobody_ran()
    {
        using var staff = host.StaffClient();
        await ConverseAsync("other-version", "xin chào", "cam kết");
        var today = CampaignDay.Of(DateTimeOffset.UtcNow);

        var data = await staff.GetFromJsonAsync<JsonElement>($"/admin/funnel.json?flow=pledge&from={today}&to={today}&version=0123456789");

        Assert.Equal("0123456789", data.GetProperty("version").GetString());
        Assert.Empty(data.GetProperty("steps").EnumerateArray());
        Assert.Contains(data.GetProperty("versions").EnumerateArray(), v => v.GetProperty("version").GetString() == Version);
    }

    [Theory]
    [InlineData("?flow=talk", "flow")]
    [InlineData("", "flow")]
    [InlineData("?flow=pledge&from=2026-13-01&to=2026-12-01", "from")]
    [InlineData("?flow=pledge&from=2026-12-02&to=2026-12-01", "from")]
    [InlineData("?flow=pledge&version=NOT-HEX", "version")]
    public async Task Refuses_a_bad_query_with_400_and_a_reason(string query, string field)
    {
        using var staff = host.StaffClient();

        using var response = await staff.GetAsync($"/admin/funnel.json{query}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Refuses_the_funnel_without_the_staff_key()
    {
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync("/admin/funnel.json?flow=pledge");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string Version => host.Factory.Services.GetRequiredService<IContentSource>().Current.Version;

    private async Task ConverseAsync(string name, params string[] messages)
    {
        using var client = host.Factory.CreateClient();
        var user = $"funnel-{name}-{Guid.NewGuid():N}";
        for (var i = 0; i < messages.Length; i++)
        {
            await ExpectRepliesClient.SayAsync(client, $"{user}-{i}", messages[i], user, $"conversation-{user}");
        }
    }

    private static JsonElement Single(JsonElement data, string list, string key) =>
        Assert.Single(data.GetProperty(list).EnumerateArray(), row => row.GetProperty("key").GetString() == key);

    private static long[] Counts(JsonElement row) => [.. row.GetProperty("counts").EnumerateArray().Select(c => c.GetInt64())];

    private static long[] Counts(JsonElement steps, string field) => [.. steps.EnumerateArray().Select(s => s.GetProperty(field).GetInt64())];
}

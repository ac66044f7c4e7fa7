using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Referrals;

namespace PledgeBot.Tests.Staff.Dashboard;

/// <summary>The dashboard's referral codes count only the chosen range, from each code's per-day counters.</summary>
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class DashboardRangeCodesTests(ReferralHostFixture host) : IClassFixture<ReferralHostFixture>
{
    [Fact]
    public async Task Ranks_codes_by_their_reach_in_the_chosen_range_not_all_time()
    {
        using var staff = host.StaffClient();
        var old = $"OLD-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var fresh = $"NEW-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        using var a = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = old, owner = "Mùa trước", kind = "kol" });
        using var b = await staff.PostAsJsonAsync("/admin/referral-codes", new { code = fresh, owner = "Mùa này", kind = "kol" });
        var registry = host.Factory.Services.GetRequiredService<IReferralRegistry>();
        await TouchAsync(registry, old, 30, new DateTimeOffset(2033, 3, 10, 5, 0, 0, TimeSpan.Zero));
        await TouchAsync(registry, old, 2, new DateTimeOffset(2033, 4, 10, 5, 0, 0, TimeSpan.Zero));
        await TouchAsync(registry, fresh, 5, new DateTimeOffset(2033, 4, 11, 5, 0, 0, TimeSpan.Zero));

        var april = await staff.GetFromJsonAsync<JsonElement>("/admin/dashboard.json?from=2033-04-01&to=2033-04-30");
        var march = await staff.GetFromJsonAsync<JsonElement>("/admin/dashboard.json?from=2033-03-01&to=2033-03-31");

        Assert.Equal([(fresh, 5L), (old, 2L)], Top(april, old, fresh));
        Assert.Equal([(old, 30L)], Top(march, old, fresh));
    }

    private static async Task TouchAsync(IReferralRegistry registry, string code, int users, DateTimeOffset at)
    {
        for (var i = 0; i < users; i++)
        {
            await registry.TouchAsync(code, UserHash.Parse($"{Guid.NewGuid():N}"), "zalo", at, CancellationToken.None);
        }
    }

    private static (string, long)[] Top(JsonElement data, params string[] codes) =>
        [.. data.GetProperty("topCodes").EnumerateArray()
            .Where(c => codes.Contains(c.GetProperty("code").GetString()))
            .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("reach").GetInt64()))];
}

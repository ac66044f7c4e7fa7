using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Campaign.Live;

/// <summary>A month of campaign counts for the screenshots: pledges over the last 30 Viet Nam days in many provinces
/// and channels, quizzes, "talk to someone" entries, and three staff codes that reached people.</summary>
internal static class LiveTestData
{
    private static readonly string[] s_provinces =
        ["ha-noi", "ho-chi-minh", "da-nang", "hai-phong", "can-tho", "hue", "nghe-an", "thanh-hoa", "dong-nai", "an-giang", "quang-ninh", "lam-dong"];

    // Big cities more often than small provinces, as a real campaign would see.
    private static readonly string[] s_weighted =
        [.. s_provinces.SelectMany((province, rank) => Enumerable.Repeat(province, Math.Max(1, 7 - rank)))];

    private static readonly string[] s_channels = ["zalo", "zalo", "zalo", "facebook", "telegram", "webchat"];

    public static readonly (string Code, string Owner, string Kind, int Reach, int Pledges)[] Codes =
    [
        ("KOL-MINHANH", "Minh Anh (KOL)", "kol", 60, 21),
        ("THPT-CVA", "Trường THPT Chu Văn An", "school", 35, 18),
        ("BOOTH-FEST-HN", "Gian hàng Lễ hội An toàn trực tuyến", "booth", 24, 9),
    ];

    public static async Task SeedAsync(LiveHostFixture host)
    {
        var services = host.Factory.Services;
        var ledger = services.GetRequiredService<ICampaignLedger>();
        var registry = services.GetRequiredService<IReferralRegistry>();
        var now = DateTimeOffset.UtcNow;
        var pledge = 0;
        for (var daysAgo = 29; daysAgo >= 0; daysAgo--)
        {
            var at = now.AddDays(-daysAgo).AddMinutes(-5);
            var count = 3 + ((29 - daysAgo) * 7 % 11) + (29 - daysAgo) / 3;
            for (var i = 0; i < count; i++, pledge++)
            {
                var province = s_weighted[pledge * 7 % s_weighted.Length];
                await ledger.RecordPledgeAsync(
                    new PledgeRecord(NewUser(), ["otp", "2fa", "kind"], province, AgeBands.All[pledge % 3], s_channels[pledge % s_channels.Length], null, null, at),
                    CancellationToken.None);
            }

            for (var i = 0; i < count / 2; i++)
            {
                await ledger.RecordQuizAsync(new QuizRecord(NewUser(), Math.Min(5, 2 + ((i + daysAgo) % 4)), 5, "zalo", null, at), CancellationToken.None);
            }

            await ledger.RecordTalkAsync(new TalkRecord("zalo", daysAgo % 3 == 0 ? TalkEntry.Words : TalkEntry.Menu, at), CancellationToken.None);
            if (daysAgo % 5 == 0)
            {
                await ledger.RecordTalkAsync(new TalkRecord("facebook", TalkEntry.Safety, at), CancellationToken.None);
            }
        }

        using var staff = host.StaffClient();
        foreach (var (code, owner, kind, reach, pledges) in Codes)
        {
            using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner, kind });
            created.EnsureSuccessStatusCode();
            for (var i = 0; i < reach; i++)
            {
                var user = NewUser();
                var at = now.AddDays(-(i % 20));
                await registry.TouchAsync(code, user, "zalo", at, CancellationToken.None);
                if (i < pledges)
                {
                    await ledger.RecordPledgeAsync(
                        new PledgeRecord(user, ["otp", "2fa", "kind"], s_provinces[i % 4], AgeBands.From15To17, "zalo", code, null, at), CancellationToken.None);
                }
            }
        }
    }

    private static UserHash NewUser() => UserHash.Parse($"{Guid.NewGuid():N}");
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PledgeBot.Tests.Conversations.NativeChannels.Telegram;
using PledgeBot.Tests.Safety;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

/// <summary>A deployment that still sets the old key gets the same referral links as one that sets the new key, and
/// one warning at start naming the new key.</summary>
[Collection(TelegramCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class ChannelRenamedKeysHostTests(TelegramHostFixture host)
{
    [Theory]
    [InlineData("Channels:Telegram:BotName", false)]
    [InlineData("Channels:TelegramBotName", true)]
    public async Task Gives_referral_codes_their_telegram_link_from_the_new_or_the_old_key(string key, bool warns)
    {
        var logs = new CapturedLogs();
        var factory = host.CreateBareFactory((key, "PledgeVN_bot"))
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs)));
        using var staff = factory.CreateClient();
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TelegramHostFixture.StaffKey);
        var code = $"TG{Random.Shared.Next(100_000, 999_999)}";

        using var created = await staff.PostAsJsonAsync("/admin/referral-codes", new { code, owner = "KOL TG", kind = "kol" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var links = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("links");
        Assert.Equal($"https://t.me/PledgeVN_bot?start={code}", links.GetProperty("telegram").GetString());
        var warnings = logs.Lines.Where(line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains(" 8101 ", StringComparison.Ordinal)).ToList();
        Assert.Equal(warns ? 1 : 0, warnings.Count);
        Assert.All(warnings, warning => Assert.Contains("is read for Channels:Telegram:BotName, its new name", warning, StringComparison.Ordinal));
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Referrals;
using StackExchange.Redis;

namespace PledgeBot.Tests.Staff.Exports;

/// <summary>Shared helpers for the staff export endpoint tests.</summary>
internal static class ExportTestClient
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static ICampaignLedger Ledger(this ReferralHostFixture host) =>
        host.Factory.Services.GetRequiredService<ICampaignLedger>();

    public static IDatabase Database(this ReferralHostFixture host) =>
        host.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    public static RedisKeys Keys(this ReferralHostFixture host) => host.Factory.Services.GetRequiredService<RedisKeys>();

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

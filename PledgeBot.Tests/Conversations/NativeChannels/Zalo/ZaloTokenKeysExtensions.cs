using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PledgeBot.Conversations.NativeChannels.Zalo;
using StackExchange.Redis;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

/// <summary>Reads and ages the stored token pair in a host's store, as time passing would.</summary>
public static class ZaloTokenKeysExtensions
{
    public static async Task<(string? Access, string? Refresh)> ReadAsync(this ZaloTokenKeys keys, WebApplicationFactory<Program> factory)
    {
        var database = factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        return ((string?)await database.HashGetAsync(keys.Pair, "at"), (string?)await database.HashGetAsync(keys.Pair, "rt"));
    }

    public static Task ExpireAsync(this ZaloTokenKeys keys, WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .HashSetAsync(keys.Pair, "exp", DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeMilliseconds());
}

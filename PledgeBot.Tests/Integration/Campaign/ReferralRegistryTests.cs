using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Referrals;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;
using static PledgeBot.Tests.Integration.Campaign.TestPledges;

namespace PledgeBot.Tests.Integration.Campaign;

/// <summary>The referral registry's contract, run against redis-server, the embedded Garnet and a Redis Cluster.</summary>
public abstract class ReferralRegistryTests(IStoreServer server)
{
    private const string UnambiguousAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private readonly IDatabase _database = server.Multiplexer.GetDatabase();
    private readonly RedisKeys _keys = new(Prefix());
    private readonly FakeTimeProvider _time = new(Noon);

    [Fact]
    public async Task Creates_an_active_8_character_peer_code_owned_by_the_users_hash()
    {
        var registry = CreateRegistry();

        var code = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);

        Assert.Equal(8, code.Length);
        Assert.All(code, c => Assert.Contains(c, UnambiguousAlphabet));
        var stored = (await _database.HashGetAllAsync(_keys.ReferralCode(code))).ToDictionary(e => (string)e.Name!, e => (string)e.Value!);
        Assert.Equal(
            new Dictionary<string, string> { ["kind"] = "peer", ["owner"] = User(1).Value, ["created"] = "2026-11-23T05:00:00Z", ["active"] = "1" },
            stored);
        Assert.Equal([code], (await _database.SetMembersAsync(_keys.PeerCodesOf(User(1)))).Select(c => (string)c!));
    }

    [Fact]
    public async Task Gives_each_pledger_a_different_code()
    {
        var registry = CreateRegistry();

        var codes = await Task.WhenAll(Enumerable.Range(1, 20).Select(user => registry.CreatePeerCodeAsync(User(user), CancellationToken.None)));

        Assert.Equal(20, codes.Distinct().Count());
    }

    [Fact]
    public async Task Knows_a_code_as_active_in_any_case_and_an_unknown_or_malformed_one_as_not()
    {
        var registry = CreateRegistry();
        var code = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);

        Assert.True(await registry.IsActiveAsync(code, CancellationToken.None));
        Assert.True(await registry.IsActiveAsync($" {code.ToLowerInvariant()} ", CancellationToken.None));
        Assert.False(await registry.IsActiveAsync("NOSUCH99", CancellationToken.None));
        Assert.False(await registry.IsActiveAsync("{bad}code", CancellationToken.None));
        Assert.False(await registry.IsActiveAsync(string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task Does_not_count_an_inactive_code_as_active()
    {
        var registry = CreateRegistry();
        var code = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);
        await _database.HashSetAsync(_keys.ReferralCode(code), "active", "0");

        Assert.False(await registry.IsActiveAsync(code, CancellationToken.None));
    }

    [Fact]
    public async Task Counts_a_reached_user_once_per_code_on_the_channel_where_they_came_first()
    {
        var registry = CreateRegistry();
        var code = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);

        await registry.RecordReachAsync(code.ToLowerInvariant(), User(2), "zalo", CancellationToken.None);
        await registry.RecordReachAsync(code, User(2), "messenger", CancellationToken.None);
        await registry.RecordReachAsync(code, User(3), "Messenger", CancellationToken.None);
        await registry.RecordReachAsync(code, User(3), "messenger", CancellationToken.None);

        Assert.Equal(2, await _database.HyperLogLogLengthAsync(_keys.ReferralReach(code)));
        var byChannel = (await _database.HashGetAllAsync(_keys.ReferralReachByChannel(code))).ToDictionary(e => (string)e.Name!, e => (long)e.Value);
        Assert.Equal(new Dictionary<string, long> { ["zalo"] = 1, ["messenger"] = 1 }, byChannel);
    }

    [Fact]
    public async Task Counts_no_reach_for_an_unknown_or_malformed_code()
    {
        var registry = CreateRegistry();

        await registry.RecordReachAsync("NOSUCH99", User(2), "zalo", CancellationToken.None);
        await registry.RecordReachAsync("}{", User(2), "zalo", CancellationToken.None);

        Assert.False(await _database.KeyExistsAsync(_keys.ReferralReach("NOSUCH99")));
        Assert.False(await _database.KeyExistsAsync(_keys.ReferralReachByChannel("NOSUCH99")));
    }

    [Fact]
    public async Task Releases_a_users_codes_keeping_the_codes_active_and_their_reach()
    {
        var registry = CreateRegistry();
        var first = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);
        var second = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);
        var other = await registry.CreatePeerCodeAsync(User(9), CancellationToken.None);
        await registry.RecordReachAsync(first, User(2), "zalo", CancellationToken.None);

        var released = await registry.ReleasePeerCodesAsync(User(1), CancellationToken.None);
        var releasedAgain = await registry.ReleasePeerCodesAsync(User(1), CancellationToken.None);

        Assert.Equal((2, 0), (released, releasedAgain));
        Assert.False(await _database.HashExistsAsync(_keys.ReferralCode(first), "owner"));
        Assert.False(await _database.HashExistsAsync(_keys.ReferralCode(second), "owner"));
        Assert.False(await _database.KeyExistsAsync(_keys.PeerCodesOf(User(1))));
        Assert.True(await registry.IsActiveAsync(first, CancellationToken.None));
        Assert.Equal(1, await _database.HyperLogLogLengthAsync(_keys.ReferralReach(first)));
        Assert.Equal(User(9).Value, (string?)await _database.HashGetAsync(_keys.ReferralCode(other), "owner"));
    }

    private RedisReferralRegistry CreateRegistry() =>
        new(server.Multiplexer, _keys, _time, NullLogger<RedisReferralRegistry>.Instance);
}

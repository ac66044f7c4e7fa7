using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Referrals;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Referrals;

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
        Assert.Equal(code, (string?)await _database.HashGetAsync(_keys.PledgerBucket(User(1)), PledgerEntry.CodesField(User(1))));
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

        await registry.TouchAsync(code.ToLowerInvariant(), User(2), "zalo", Noon, CancellationToken.None);
        await registry.TouchAsync(code, User(2), "messenger", Noon, CancellationToken.None);
        await registry.TouchAsync(code, User(3), "Messenger", Noon, CancellationToken.None);
        await registry.TouchAsync(code, User(3), "messenger", Noon, CancellationToken.None);

        var counts = await CountsAsync(code);
        Assert.Equal(2, counts["reach"]);
        Assert.Equal(2, counts["reach:2026-11-23"]);
        Assert.Equal((1, 1), (counts["channel:zalo"], counts["channel:messenger"]));
    }

    [Fact]
    public async Task Keeps_the_first_active_code_a_user_arrives_with_and_counts_later_codes_as_extra_reach()
    {
        var registry = CreateRegistry();
        await CreateStaffCodesAsync(("KOL_A", "kol"), ("SCHOOL_B", "school"));

        var first = await registry.TouchAsync("kol_a", User(2), "telegram", Noon, CancellationToken.None);
        var second = await registry.TouchAsync("SCHOOL_B", User(2), "webchat", Noon.AddDays(1), CancellationToken.None);
        var again = await registry.TouchAsync("KOL_A", User(2), "telegram", Noon.AddDays(2), CancellationToken.None);

        Assert.Equal(new ReferralTouch(ReferralTouchKind.Reached, true, "KOL_A"), first);
        Assert.Equal(new ReferralTouch(ReferralTouchKind.Reached, false, "KOL_A"), second);
        Assert.Equal(new ReferralTouch(ReferralTouchKind.Repeated, false, "KOL_A"), again);
        var kol = await CountsAsync("KOL_A");
        var school = await CountsAsync("SCHOOL_B");
        Assert.Equal((1, 1, 1), (kol["reach"], kol["first"], kol["first:2026-11-23"]));
        Assert.Equal((1, 1, false), (school["reach"], school["reach:2026-11-24"], school.ContainsKey("first")));
    }

    [Fact]
    public async Task Keeps_a_users_touches_within_64_bytes_and_counts_a_code_that_no_longer_fits_as_a_repeat()
    {
        var registry = CreateRegistry();
        var codes = Enumerable.Range(1, 6).Select(n => $"SCHOOL_{n}_{new string('X', 20)}").ToArray();
        await CreateStaffCodesAsync([.. codes.Select(code => (code, "school"))]);

        var touches = new List<ReferralTouch>();
        foreach (var code in codes)
        {
            touches.Add(await registry.TouchAsync(code, User(3), "zalo", Noon, CancellationToken.None));
        }

        var referral = (string)(await _database.HashGetAsync(_keys.PledgerBucket(User(3)), PledgerEntry.ReferralField(User(3))))!;
        Assert.InRange(referral.Length, 1, 64);
        Assert.Equal([ReferralTouchKind.Reached, ReferralTouchKind.Reached], touches.Take(2).Select(t => t.Kind));
        Assert.All(touches.Skip(2), touch => Assert.Equal(new ReferralTouch(ReferralTouchKind.Repeated, false, codes[0]), touch));
        Assert.Equal(1, (await CountsAsync(codes[1]))["reach"]);
        Assert.False((await CountsAsync(codes[2])).ContainsKey("reach"));
    }

    [Fact]
    public async Task Counts_an_unknown_or_inactive_code_in_the_days_unknown_bucket_without_a_key_of_its_own()
    {
        var registry = CreateRegistry();
        await CreateStaffCodesAsync(("BOOTH_OFF", "booth"));
        await _database.HashSetAsync(_keys.ReferralCode("BOOTH_OFF"), "active", "0");

        var unknown = await registry.TouchAsync("NOSUCH99", User(2), "zalo", Noon, CancellationToken.None);
        var inactive = await registry.TouchAsync("BOOTH_OFF", User(2), "zalo", Noon, CancellationToken.None);
        var malformed = await registry.TouchAsync("}{", User(2), "zalo", Noon, CancellationToken.None);
        var empty = await registry.TouchAsync(string.Empty, User(2), "facebook", Noon, CancellationToken.None);

        Assert.All([unknown, inactive, malformed, empty], touch => Assert.Equal(ReferralTouch.Unknown, touch));
        Assert.False(await _database.KeyExistsAsync(_keys.ReferralCode("NOSUCH99")));
        Assert.False(await _database.HashExistsAsync(_keys.PledgerBucket(User(2)), PledgerEntry.ReferralField(User(2))));
        Assert.Equal(2, (long)await _database.HashGetAsync(_keys.ReferralUnknown(), "2026-11-23"));
        Assert.False((await CountsAsync("BOOTH_OFF")).ContainsKey("reach"));
    }

    [Fact]
    public async Task Does_not_count_a_pledger_arriving_with_their_own_invite_code_as_reach()
    {
        var registry = CreateRegistry();
        var code = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);

        var own = await registry.TouchAsync(code, User(1), "zalo", Noon, CancellationToken.None);

        Assert.Equal(new ReferralTouch(ReferralTouchKind.OwnCode, false, null), own);
        Assert.False((await CountsAsync(code)).ContainsKey("reach"));
    }

    [Fact]
    public async Task Counts_100_parallel_arrivals_with_one_code_exactly_even_when_each_arrives_twice()
    {
        var registry = CreateRegistry();
        await CreateStaffCodesAsync(("KOL_RUSH", "kol"));

        await Task.WhenAll(Enumerable.Range(100, 100).SelectMany(user => new[]
        {
            registry.TouchAsync("KOL_RUSH", User(user), "telegram", Noon, CancellationToken.None),
            registry.TouchAsync("kol_rush", User(user), "webchat", Noon, CancellationToken.None),
        }));

        var counts = await CountsAsync("KOL_RUSH");
        Assert.Equal((100, 100, 100), (counts["reach"], counts["first"], counts["reach:2026-11-23"]));
        Assert.Equal(100, counts.GetValueOrDefault("channel:telegram") + counts.GetValueOrDefault("channel:webchat"));
        Assert.Equal(100, await _database.SortedSetScoreAsync(_keys.ReferralRank("kol", "reach"), "KOL_RUSH"));
    }

    [Fact]
    public async Task Attributes_a_pledge_to_the_users_first_touch_code_whatever_code_the_conversation_carries()
    {
        var registry = CreateRegistry();
        var ledger = new RedisCampaignLedger(server.Multiplexer, _keys, _time, NullLogger<RedisCampaignLedger>.Instance);
        await CreateStaffCodesAsync(("KOL_FIRST", "kol"), ("KOC_LATER", "koc"));
        await registry.TouchAsync("KOL_FIRST", User(5), "zalo", Noon, CancellationToken.None);
        await registry.TouchAsync("KOC_LATER", User(5), "zalo", Noon, CancellationToken.None);

        var receipt = await ledger.RecordPledgeAsync(Pledge(5, code: "KOC_LATER"), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(5, code: "KOC_LATER"), CancellationToken.None);

        Assert.True(receipt.Recorded);
        Assert.Equal((1, 1), ((await CountsAsync("KOL_FIRST"))["pledges"], (await CountsAsync("KOL_FIRST"))["pledges:2026-11-23"]));
        Assert.False((await CountsAsync("KOC_LATER")).ContainsKey("pledges"));
        Assert.Equal(1, (long)await _database.HashGetAsync(_keys.PledgesByCode(), "KOL_FIRST"));
        Assert.Equal(1, await _database.SortedSetScoreAsync(_keys.ReferralRank("kol", "pledges"), "KOL_FIRST"));
    }

    [Fact]
    public async Task Counts_a_pledge_in_the_rank_of_its_first_touch_codes_kind()
    {
        var registry = CreateRegistry();
        var ledger = new RedisCampaignLedger(server.Multiplexer, _keys, _time, NullLogger<RedisCampaignLedger>.Instance);
        await CreateStaffCodesAsync(("SCHOOL_X", "school"));
        await registry.TouchAsync("SCHOOL_X", User(6), "zalo", Noon, CancellationToken.None);

        var receipt = await ledger.RecordPledgeAsync(Pledge(6, code: "school_x"), CancellationToken.None);

        Assert.True(receipt.Recorded);
        Assert.Equal(1, await _database.SortedSetScoreAsync(_keys.ReferralRank("school", "pledges"), "SCHOOL_X"));
        Assert.Null(await _database.SortedSetScoreAsync(_keys.ReferralRank("kol", "pledges"), "SCHOOL_X"));
        Assert.Equal(1, (await CountsAsync("SCHOOL_X"))["pledges"]);
    }

    [Fact]
    public async Task Keeps_a_codes_keys_and_its_users_first_touch_in_the_pledges_slot()
    {
        RedisKey[] keys =
        [
            _keys.ReferralCode("KOL1"), _keys.ReferralRank("kol", "reach"), _keys.ReferralRank("peer", "pledges"),
            _keys.ReferralUnknown(), _keys.PledgerBucket(User(1)), _keys.PledgeTotal(),
        ];

        Assert.Single(keys.Select(key => server.Multiplexer.HashSlot(key)).Distinct());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Releases_a_users_codes_keeping_the_codes_active_and_their_reach()
    {
        var registry = CreateRegistry();
        var first = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);
        var second = await registry.CreatePeerCodeAsync(User(1), CancellationToken.None);
        var other = await registry.CreatePeerCodeAsync(User(9), CancellationToken.None);
        await registry.TouchAsync(first, User(2), "zalo", Noon, CancellationToken.None);

        var released = await registry.ReleasePeerCodesAsync(User(1), CancellationToken.None);
        var releasedAgain = await registry.ReleasePeerCodesAsync(User(1), CancellationToken.None);

        Assert.Equal((2, 0), (released, releasedAgain));
        Assert.False(await _database.HashExistsAsync(_keys.ReferralCode(first), "owner"));
        Assert.False(await _database.HashExistsAsync(_keys.ReferralCode(second), "owner"));
        Assert.False(await _database.HashExistsAsync(_keys.PledgerBucket(User(1)), PledgerEntry.CodesField(User(1))));
        Assert.True(await registry.IsActiveAsync(first, CancellationToken.None));
        Assert.Equal(1, (await CountsAsync(first))["reach"]);
        Assert.Equal(User(9).Value, (string?)await _database.HashGetAsync(_keys.ReferralCode(other), "owner"));
    }

    [Fact]
    public async Task Releases_codes_indexed_before_the_buckets_too()
    {
        var registry = CreateRegistry();
        var current = await registry.CreatePeerCodeAsync(User(4), CancellationToken.None);
        await _database.HashSetAsync(_keys.ReferralCode("OLDCODE1"), [new("kind", "peer"), new("owner", User(4).Value), new("active", "1")]);
        await _database.SetAddAsync(_keys.PeerCodesOf(User(4)), "OLDCODE1");

        var released = await registry.ReleasePeerCodesAsync(User(4), CancellationToken.None);

        Assert.Equal(2, released);
        Assert.False(await _database.HashExistsAsync(_keys.ReferralCode(current), "owner"));
        Assert.False(await _database.HashExistsAsync(_keys.ReferralCode("OLDCODE1"), "owner"));
        Assert.False(await _database.KeyExistsAsync(_keys.PeerCodesOf(User(4))));
    }

    private async Task CreateStaffCodesAsync(params (string Code, string Kind)[] codes) =>
        await new RedisReferralCatalog(server.Multiplexer, _keys, _time)
            .CreateAsync([.. codes.Select(c => (c.Code, c.Kind, $"Owner of {c.Code}"))], CancellationToken.None);

    private async Task<Dictionary<string, long>> CountsAsync(string code) =>
        (await _database.HashGetAllAsync(_keys.ReferralCode(code)))
            .Where(e => long.TryParse((string?)e.Value, out _) && (string?)e.Name != "active")
            .ToDictionary(e => (string)e.Name!, e => (long)e.Value);

    private RedisReferralRegistry CreateRegistry() =>
        new(server.Multiplexer, _keys, _time, NullLogger<RedisReferralRegistry>.Instance);
}

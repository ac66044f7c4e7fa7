using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;
using static PledgeBot.Tests.Campaign.TestPledges;

namespace PledgeBot.Tests.Campaign;

/// <summary>The ledger's contract, run against redis-server, the embedded Garnet and a Redis Cluster.</summary>
public abstract class CampaignLedgerTests(IStoreServer server)
{
    private readonly IDatabase _database = server.Multiplexer.GetDatabase();
    private readonly RedisKeys _keys = new(Prefix());
    private readonly FakeTimeProvider _time = new(Noon);

    [Fact]
    public async Task Records_the_first_pledge_as_number_1_with_a_province_count_of_1()
    {
        var ledger = CreateLedger();

        var receipt = await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);

        Assert.Equal((true, 1L, "ha-noi", 1L, "otp,2fa,kind", "INV00001", Noon), Comparable(receipt));
    }

    [Fact]
    public async Task Returns_the_first_receipt_and_counts_nothing_when_the_same_user_pledges_again()
    {
        var ledger = CreateLedger();
        var first = await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);

        var second = await ledger.RecordPledgeAsync(
            Pledge(1, province: "hue", channel: "telegram", code: "KOL01", at: Noon.AddDays(1)), CancellationToken.None);

        Assert.False(second.Recorded);
        Assert.Equal(Comparable(first with { Recorded = false }), Comparable(second));
        Assert.Equal(1, (long)await _database.StringGetAsync(_keys.PledgeTotal()));
        Assert.False(await _database.HashExistsAsync(_keys.PledgesByProvince(), "hue"));
        Assert.False(await _database.KeyExistsAsync(_keys.PledgesByCode()));
    }

    [Fact]
    public async Task Counts_pledges_by_day_province_channel_code_age_band_and_their_combination()
    {
        var ledger = CreateLedger();

        await ledger.RecordPledgeAsync(Pledge(1, code: "kol01"), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(2, code: "KOL01", ageBand: AgeBands.From12To14), CancellationToken.None);
        var third = await ledger.RecordPledgeAsync(Pledge(3, province: "hue", channel: "Telegram"), CancellationToken.None);

        Assert.Equal((3, "hue", 1), (third.Number, third.Province, third.ProvinceCount));
        Assert.Equal(Counts(("2026-11-23", 3)), await HashAsync(_keys.PledgesByDay()));
        Assert.Equal(Counts(("ha-noi", 2), ("hue", 1)), await HashAsync(_keys.PledgesByProvince()));
        Assert.Equal(Counts(("telegram", 1), ("zalo", 2)), await HashAsync(_keys.PledgesByChannel()));
        Assert.Equal(Counts(("KOL01", 2)), await HashAsync(_keys.PledgesByCode()));
        Assert.Equal(Counts(("12-14", 1), ("15-17", 2)), await HashAsync(_keys.PledgesByAgeBand()));
        Assert.Equal(
            Counts(("ha-noi|zalo|KOL01|12-14", 1), ("ha-noi|zalo|KOL01|15-17", 1), ("hue|telegram||15-17", 1)),
            await HashAsync(_keys.PledgeMix("2026-11-23")));
    }

    [Fact]
    public async Task Counts_a_pledge_at_23_30_UTC_on_the_next_Viet_Nam_day()
    {
        var ledger = CreateLedger();

        await ledger.RecordPledgeAsync(Pledge(1, at: new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero)), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(2, at: new DateTimeOffset(2026, 11, 22, 16, 59, 0, TimeSpan.Zero)), CancellationToken.None);

        Assert.Equal(Counts(("2026-11-22", 1), ("2026-11-23", 1)), await HashAsync(_keys.PledgesByDay()));
        Assert.True(await _database.KeyExistsAsync(_keys.PledgeMix("2026-11-23")));
    }

    [Fact]
    public async Task Finds_an_earlier_pledge_and_nothing_for_a_user_who_never_pledged()
    {
        var ledger = CreateLedger();
        var recorded = await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);

        var found = await ledger.FindPledgeAsync(User(1), CancellationToken.None);
        var missing = await ledger.FindPledgeAsync(User(2), CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(Comparable(recorded with { Recorded = false }), Comparable(found));
        Assert.Null(missing);
    }

    [Fact]
    public async Task Erasing_a_pledger_forgets_their_marker_and_keeps_the_totals()
    {
        var ledger = CreateLedger();
        await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);

        var erased = await ledger.ErasePledgerAsync(User(1), CancellationToken.None);
        var erasedAgain = await ledger.ErasePledgerAsync(User(1), CancellationToken.None);

        Assert.True(erased);
        Assert.False(erasedAgain);
        Assert.Null(await ledger.FindPledgeAsync(User(1), CancellationToken.None));
        var totals = await ledger.GetTotalsAsync(CancellationToken.None);
        Assert.Equal(1, totals.Pledges);
        Assert.Equal(Counts(("ha-noi", 1)), totals.PledgesByProvince);
    }

    [Fact]
    public async Task Counts_quiz_completions_and_the_score_distribution_per_day_channel_and_code()
    {
        var ledger = CreateLedger();

        await ledger.RecordQuizAsync(new QuizRecord(User(1), 5, 5, "zalo", "kol01", Noon), CancellationToken.None);
        await ledger.RecordQuizAsync(new QuizRecord(User(2), 5, 5, "messenger", null, Noon), CancellationToken.None);
        await ledger.RecordQuizAsync(new QuizRecord(User(1), 3, 5, "zalo", null, Noon.AddHours(19)), CancellationToken.None);

        Assert.Equal(Counts(("completions", 3), ("score_5", 2), ("score_3", 1)), await HashAsync(_keys.QuizTotal()));
        Assert.Equal(Counts(("completions", 2), ("score_5", 2)), await HashAsync(_keys.QuizByDay("2026-11-23")));
        Assert.Equal(Counts(("completions", 1), ("score_3", 1)), await HashAsync(_keys.QuizByDay("2026-11-24")));
        Assert.Equal(Counts(("completions", 2), ("score_5", 1), ("score_3", 1)), await HashAsync(_keys.QuizByChannel("zalo")));
        Assert.Equal(Counts(("completions", 1), ("score_5", 1)), await HashAsync(_keys.QuizByChannel("messenger")));
        Assert.Equal(Counts(("completions", 1), ("score_5", 1)), await HashAsync(_keys.QuizByCode("KOL01")));
    }

    [Fact]
    public async Task Counts_talk_entries_per_day_channel_and_how_they_were_reached()
    {
        var ledger = CreateLedger();

        await ledger.RecordTalkAsync(new TalkRecord("zalo", TalkEntry.Words, Noon), CancellationToken.None);
        await ledger.RecordTalkAsync(new TalkRecord("zalo", TalkEntry.Safety, Noon), CancellationToken.None);
        await ledger.RecordTalkAsync(new TalkRecord("webchat", TalkEntry.Menu, Noon.AddDays(1)), CancellationToken.None);

        Assert.Equal(Counts(("2026-11-23", 2), ("2026-11-24", 1)), await HashAsync(_keys.TalkByDay()));
        Assert.Equal(Counts(("zalo", 2), ("webchat", 1)), await HashAsync(_keys.TalkByChannel()));
        Assert.Equal(Counts(("words", 1), ("safety", 1), ("menu", 1)), await HashAsync(_keys.TalkByEntry()));
        Assert.Equal(Counts(("zalo|words", 1), ("zalo|safety", 1)), await HashAsync(_keys.TalkMix("2026-11-23")));
    }

    [Fact]
    public async Task Reports_pledges_by_province_and_quiz_completions_as_of_now()
    {
        var ledger = CreateLedger();
        await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(2, province: "hue"), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(3), CancellationToken.None);
        await ledger.RecordQuizAsync(new QuizRecord(User(1), 4, 5, "zalo", null, Noon), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(3));

        var totals = await ledger.GetTotalsAsync(CancellationToken.None);

        Assert.Equal(3, totals.Pledges);
        Assert.Equal(Counts(("ha-noi", 2), ("hue", 1)), totals.PledgesByProvince);
        Assert.Equal(1, totals.QuizCompletions);
        Assert.Equal(Noon.AddMinutes(3), totals.UpdatedAt);
    }

    [Fact]
    public async Task Reports_zero_totals_before_anything_was_counted()
    {
        var totals = await CreateLedger().GetTotalsAsync(CancellationToken.None);

        Assert.Equal(new CampaignTotals(0, totals.PledgesByProvince, 0, Noon), totals);
        Assert.Empty(totals.PledgesByProvince);
    }

    [Fact]
    public async Task Packs_a_pledge_with_every_pledge_id_into_one_short_field_and_reads_it_back_whole()
    {
        var ledger = CreateLedger();
        string[] every = ["otp", "2fa", "links", "tell", "police-video", "private-images", "kind", "ask-photos", "hotlines", "help-friend"];
        var at = new DateTimeOffset(2026, 12, 31, 23, 59, 59, 987, TimeSpan.Zero);
        await ledger.RecordPledgeAsync(Pledge(2), CancellationToken.None);

        var recorded = await ledger.RecordPledgeAsync(
            Pledge(3, province: "ba-ria-vung-tau", at: at) with { PledgeIds = every, InviteCode = "ABCDEFGH" }, CancellationToken.None);
        var found = await ledger.FindPledgeAsync(User(3), CancellationToken.None);
        var repeated = await ledger.RecordPledgeAsync(Pledge(3), CancellationToken.None);

        Assert.Equal((true, 2L, "ba-ria-vung-tau", 1L, string.Join(',', every), "ABCDEFGH", at), Comparable(recorded));
        Assert.Equal(Comparable(recorded with { Recorded = false }), Comparable(found!));
        Assert.Equal(Comparable(recorded with { Recorded = false }), Comparable(repeated));
        var packed = (string)(await _database.HashGetAsync(_keys.PledgerBucket(User(3)), PledgerEntry.Field(User(3))))!;
        Assert.InRange(packed.Length, 1, 64);
    }

    [Fact]
    public async Task Keeps_users_sharing_a_bucket_apart_and_erases_only_the_one_who_asks()
    {
        var ledger = CreateLedger();
        await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None);
        await ledger.RecordPledgeAsync(Pledge(2, province: "hue"), CancellationToken.None);

        await ledger.ErasePledgerAsync(User(1), CancellationToken.None);

        Assert.Equal(_keys.PledgerBucket(User(1)), _keys.PledgerBucket(User(2)));
        Assert.Null(await ledger.FindPledgeAsync(User(1), CancellationToken.None));
        Assert.Equal("hue", (await ledger.FindPledgeAsync(User(2), CancellationToken.None))!.Province);
        Assert.True((await ledger.RecordPledgeAsync(Pledge(1), CancellationToken.None)).Recorded);
    }

    [Fact]
    public void Keeps_the_keys_each_script_or_transaction_touches_in_one_cluster_slot()
    {
        RedisKey[] pledgeKeys =
        [
            _keys.PledgerBucket(User(1)), _keys.PledgeSymbols(), _keys.PledgeTotal(), _keys.PledgesByDay(), _keys.PledgesByProvince(),
            _keys.PledgesByChannel(), _keys.PledgesByCode(), _keys.PledgesByAgeBand(), _keys.PledgeMix("2026-11-23"),
        ];
        RedisKey[] quizKeys = [_keys.QuizTotal(), _keys.QuizByDay("2026-11-23"), _keys.QuizByChannel("zalo"), _keys.QuizByCode("KOL01")];
        RedisKey[] talkKeys = [_keys.TalkByDay(), _keys.TalkByChannel(), _keys.TalkByEntry(), _keys.TalkMix("2026-11-23")];

        Assert.Single(pledgeKeys.Select(key => server.Multiplexer.HashSlot(key)).Distinct());
        Assert.Single(quizKeys.Select(key => server.Multiplexer.HashSlot(key)).Distinct());
        Assert.Single(talkKeys.Select(key => server.Multiplexer.HashSlot(key)).Distinct());
    }

    private RedisCampaignLedger CreateLedger() =>
        new(server.Multiplexer, _keys, _time, NullLogger<RedisCampaignLedger>.Instance);

    private async Task<Dictionary<string, long>> HashAsync(RedisKey key) =>
        (await _database.HashGetAllAsync(key)).ToDictionary(entry => (string)entry.Name!, entry => (long)entry.Value);

    private static Dictionary<string, long> Counts(params (string Field, long Count)[] counts) =>
        counts.ToDictionary(count => count.Field, count => count.Count);

    // Records compare lists by reference; a tuple of the values compares them by content.
    private static (bool, long, string, long, string, string?, DateTimeOffset) Comparable(PledgeReceipt receipt) =>
        (receipt.Recorded, receipt.Number, receipt.Province, receipt.ProvinceCount, string.Join(',', receipt.PledgeIds),
            receipt.InviteCode, receipt.PledgedAt);
}

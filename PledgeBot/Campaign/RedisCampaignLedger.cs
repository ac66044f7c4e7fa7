using PledgeBot.Dialogs.Ports;
using PledgeBot.Referrals;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Campaign;

/// <summary>The campaign's counts in Redis or Garnet: a pledge and all its counters in one script, quiz results and
/// "talk to someone" entries in one transaction each.</summary>
public sealed class RedisCampaignLedger(
    IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time, ILogger<RedisCampaignLedger> logger)
    : ICampaignLedger
{
    // KEYS[1] the pledger's marker, KEYS[2] the total, KEYS[3..7] the hashes by day, province, channel, age band and
    // the day's combinations, KEYS[8] (when the pledge has a referral code) the hash by code, KEYS[9..10] (when the
    // user has a first-touch code) that code's hash and the pledges rank of its kind.
    // ARGV[1] day, [2] province, [3] channel, [4] age band, [5] combination field, [6] pledge ids, [7] invite code
    // ('' for none), [8] time in Unix ms, [9] referral code, [10] the first-touch code read before ('' for none).
    // First touch wins: the code is the one kept in the pledger's hash (RedisReferralRegistry); if it appeared after
    // it was read, the script answers {-1} and the ledger reads again, so the pledge never lands on another code.
    // Every key carries {pledges}: a cluster runs the script on one shard, so that shard takes every pledge write and
    // holds every marker (some 250 bytes each, about 3 GB at 12 million pledgers: size that shard for it). One Redis
    // runs such a script tens of thousands of times a second, far beyond a festival's burst; in exchange the number,
    // the province count and "only once per user" come from one atomic write, with no lock and no second round trip.
    // Both answers are {recorded, then the marker's fields in PledgerMarker.Fields order}.
    private const string PledgeScript = """
        local earlier = redis.call('HMGET', KEYS[1], 'n', 'province', 'count', 'pledges', 'invite', 'at')
        if earlier[1] then
            return {0, earlier[1], earlier[2], earlier[3], earlier[4], earlier[5], earlier[6]}
        end
        if (redis.call('HGET', KEYS[1], 'ref') or '') ~= ARGV[10] then
            return {-1}
        end
        local number = redis.call('INCR', KEYS[2])
        redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
        local count = redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
        redis.call('HINCRBY', KEYS[5], ARGV[3], 1)
        redis.call('HINCRBY', KEYS[6], ARGV[4], 1)
        redis.call('HINCRBY', KEYS[7], ARGV[5], 1)
        if KEYS[8] then
            redis.call('HINCRBY', KEYS[8], ARGV[9], 1)
        end
        if KEYS[9] then
            redis.call('HINCRBY', KEYS[9], 'pledges', 1)
            redis.call('HINCRBY', KEYS[9], 'pledges:' .. ARGV[1], 1)
            redis.call('ZINCRBY', KEYS[10], 1, ARGV[9])
        end
        redis.call('HSET', KEYS[1], 'n', number, 'province', ARGV[2], 'count', count, 'pledges', ARGV[6],
            'invite', ARGV[7], 'at', ARGV[8])
        return {1, number, ARGV[2], count, ARGV[6], ARGV[7], ARGV[8]}
        """;

    private const int AttributionAttempts = 3;

    private readonly AggregateCounters _counters = new(multiplexer, keys);

    public async Task<PledgeReceipt> RecordPledgeAsync(PledgeRecord pledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentException.ThrowIfNullOrWhiteSpace(pledge.Province);
        ArgumentException.ThrowIfNullOrWhiteSpace(pledge.Channel);
        if (!AgeBands.All.Contains(pledge.AgeBand))
        {
            throw new ArgumentException($"The age band must be one of {string.Join(", ", AgeBands.All)}.", nameof(pledge));
        }

        var day = CampaignDay.Of(pledge.At);
        var channel = pledge.Channel.ToLowerInvariant();
        var database = multiplexer.GetDatabase();
        RedisResult[] reply;
        var attempt = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attribution = await database.HashGetAsync(keys.Pledger(pledge.User), ["ref", "ref-kind"]).WaitAsync(cancellationToken);
            var firstTouch = (string?)attribution[0];
            var code = firstTouch ?? ReferralCode(pledge.ReferralCode);
            RedisKey[] scriptKeys =
            [
                keys.Pledger(pledge.User), keys.PledgeTotal(), keys.PledgesByDay(), keys.PledgesByProvince(),
                keys.PledgesByChannel(), keys.PledgesByAgeBand(), keys.PledgeMix(day),
                .. code is null ? Array.Empty<RedisKey>() : [keys.PledgesByCode()],
                .. firstTouch is null
                    ? Array.Empty<RedisKey>()
                    : [keys.ReferralCode(firstTouch), keys.ReferralRank((string?)attribution[1] ?? ReferralKinds.Kol, ReferralMetrics.Pledges)],
            ];
            RedisValue[] arguments =
            [
                day, pledge.Province, channel, pledge.AgeBand, CountedMix.Of(pledge.Province, channel, code, pledge.AgeBand),
                PledgerMarker.JoinPledgeIds(pledge.PledgeIds), pledge.InviteCode ?? string.Empty,
                pledge.At.ToUnixTimeMilliseconds(), code ?? string.Empty, firstTouch ?? string.Empty,
            ];

            var result = await database.ScriptEvaluateAsync(PledgeScript, scriptKeys, arguments).WaitAsync(cancellationToken);
            reply = (RedisResult[])result!;
        }
        while ((long)reply[0] < 0 && ++attempt < AttributionAttempts);

        if ((long)reply[0] < 0)
        {
            throw new InvalidOperationException("The pledger's referral code kept changing while the pledge was written.");
        }

        var values = reply.Select(value => (RedisValue)value).ToArray();
        var receipt = PledgerMarker.Receipt((long)values[0] == 1, values.AsSpan(1));
        if (receipt.Recorded)
        {
            logger.PledgeRecorded(receipt.Number, channel);
        }
        else
        {
            logger.PledgeRepeated(receipt.Number);
        }

        return receipt;
    }

    public async Task<PledgeReceipt?> FindPledgeAsync(UserHash user, CancellationToken cancellationToken)
    {
        var marker = await multiplexer.GetDatabase().HashGetAsync(keys.Pledger(user), PledgerMarker.Fields).WaitAsync(cancellationToken);
        return marker[0].IsNull ? null : PledgerMarker.Receipt(recorded: false, marker);
    }

    public Task RecordQuizAsync(QuizRecord quiz, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        return _counters.CountQuizAsync(quiz, ReferralCode(quiz.ReferralCode), cancellationToken);
    }

    public Task RecordTalkAsync(TalkRecord talk, CancellationToken cancellationToken) =>
        _counters.CountTalkAsync(talk, cancellationToken);

    public async Task<CampaignTotals> GetTotalsAsync(CancellationToken cancellationToken)
    {
        // Three keys in two slots: a batch leaves in one write per server, not a multi-key command.
        var batch = multiplexer.GetDatabase().CreateBatch();
        var pledges = batch.StringGetAsync(keys.PledgeTotal());
        var byProvince = batch.HashGetAllAsync(keys.PledgesByProvince());
        var quizzes = batch.HashGetAsync(keys.QuizTotal(), AggregateCounters.Completions);
        batch.Execute();

        var provinces = await byProvince.WaitAsync(cancellationToken);
        return new CampaignTotals(
            (long?)await pledges.WaitAsync(cancellationToken) ?? 0,
            provinces.ToDictionary(entry => (string)entry.Name!, entry => (long)entry.Value, StringComparer.Ordinal),
            (long?)await quizzes.WaitAsync(cancellationToken) ?? 0,
            time.GetUtcNow());
    }

    public async Task<bool> ErasePledgerAsync(UserHash user, CancellationToken cancellationToken)
    {
        // Decree 13/2023: the per-user record goes; the counts it added to are aggregates and stay.
        var erased = await multiplexer.GetDatabase().KeyDeleteAsync(keys.Pledger(user)).WaitAsync(cancellationToken);
        if (erased)
        {
            logger.PledgerErased();
        }

        return erased;
    }

    private string? ReferralCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ReferralCodeFormat.TryNormalize(text, out var code))
        {
            return code;
        }

        logger.ReferralCodeIgnored(text.Length);
        return null;
    }
}

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
    // KEYS[1] the pledger's bucket, KEYS[2] the total, KEYS[3..7] the hashes by day, province, channel, age band and the
    // day's combinations, KEYS[8] the symbol table, KEYS[9] (when the pledge has a referral code) the hash by code,
    // KEYS[10..] (when the user has a first-touch code) that code's hash and the pledges ranks of every kind, in
    // ReferralKinds.All order.
    // ARGV[1] day, [2] province, [3] channel, [4] age band, [5] combination field, [6] pledge ids, [7] invite code
    // ('' for none), [8] time in Unix ms, [9] referral code, [10] the first-touch code expected ('' for none),
    // [11] the user's field in the bucket (PledgerEntry), [12..] the kinds' letters in ReferralKinds.All order.
    // First touch wins: the code is the one kept in the user's referral part (RedisReferralRegistry). The ledger first
    // expects the conversation's own code (almost always the user's first touch), so most pledges take one round trip;
    // when the referral part says otherwise the script answers {-1}, and the ledger reads the part and tries again, so
    // the pledge never lands on another code.
    // Every key carries {pledges}: a cluster runs the script on one shard, so that shard takes every pledge write and
    // holds every record (under 100 bytes each, about 1 GB at 12 million pledgers: size that shard for it). One Redis
    // runs such a script tens of thousands of times a second, far beyond a festival's burst; in exchange the number,
    // the province count and "only once per user" come from one atomic write, with no lock and no second round trip.
    // Both answers are {recorded, then number, province, count, pledge ids, invite code, time}.
    private const string PledgeScript = PledgerScripts.Functions + """
        local field = ARGV[11]
        local earlier = redis.call('HGET', KEYS[1], field)
        if earlier then
            local r = decode(KEYS[8], earlier)
            return {0, r[1], r[2], r[3], r[4], r[5], r[6]}
        end
        local referral = redis.call('HGET', KEYS[1], field .. 'r')
        if (referral and string.match(referral, '^[^|]*') or '') ~= ARGV[10] then
            return {-1}
        end
        local rank = 11
        if KEYS[10] then
            local letter = string.match(referral, '^[^|]*|([^|]*)')
            for i = 12, #ARGV do
                if ARGV[i] == letter then
                    rank = i - 1
                end
            end
        end
        local number = redis.call('INCR', KEYS[2])
        redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
        local count = redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
        redis.call('HINCRBY', KEYS[5], ARGV[3], 1)
        redis.call('HINCRBY', KEYS[6], ARGV[4], 1)
        redis.call('HINCRBY', KEYS[7], ARGV[5], 1)
        if KEYS[9] then
            redis.call('HINCRBY', KEYS[9], ARGV[9], 1)
        end
        if KEYS[10] then
            redis.call('HINCRBY', KEYS[10], 'pledges', 1)
            redis.call('HINCRBY', KEYS[10], 'pledges:' .. ARGV[1], 1)
            redis.call('ZINCRBY', KEYS[rank], 1, ARGV[9])
        end
        local codes = {}
        for id in string.gmatch(ARGV[6], '[^,]+') do
            codes[#codes + 1] = code_of(KEYS[8], 'i:' .. id)
        end
        redis.call('HSET', KEYS[1], field, b36(number) .. '|' .. code_of(KEYS[8], 'p:' .. ARGV[2]) .. '|' .. b36(count)
            .. '|' .. table.concat(codes, '.') .. '|' .. ARGV[7] .. '|' .. b36(tonumber(ARGV[8])))
        return {1, number, ARGV[2], count, ARGV[6], ARGV[7], ARGV[8]}
        """;

    // KEYS[1] the pledger's bucket, KEYS[2] the symbol table; ARGV[1] the user's field. Answers {} or the pledge as above.
    private const string FindScript = PledgerScripts.Functions + """
        local record = redis.call('HGET', KEYS[1], ARGV[1])
        if not record then
            return {}
        end
        return decode(KEYS[2], record)
        """;

    // The first attempt expects the conversation's code; the others read the user's referral part first.
    private const int AttributionAttempts = 4;

    private static readonly RedisValue[] s_kindLetters = [.. ReferralKinds.All.Select(kind => (RedisValue)PledgerEntry.KindLetter(kind))];

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
        var bucket = keys.PledgerBucket(pledge.User);
        RedisResult[] reply;
        var attempt = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var firstTouch = attempt == 0
                ? ReferralCode(pledge.ReferralCode)
                : PledgerEntry.FirstTouch(
                    await database.HashGetAsync(bucket, PledgerEntry.ReferralField(pledge.User)).WaitAsync(cancellationToken));
            var code = firstTouch ?? ReferralCode(pledge.ReferralCode);
            RedisKey[] scriptKeys =
            [
                bucket, keys.PledgeTotal(), keys.PledgesByDay(), keys.PledgesByProvince(),
                keys.PledgesByChannel(), keys.PledgesByAgeBand(), keys.PledgeMix(day), keys.PledgeSymbols(),
                .. code is null ? Array.Empty<RedisKey>() : [keys.PledgesByCode()],
                .. firstTouch is null
                    ? Array.Empty<RedisKey>()
                    : [keys.ReferralCode(firstTouch), .. ReferralKinds.All.Select(kind => keys.ReferralRank(kind, ReferralMetrics.Pledges))],
            ];
            RedisValue[] arguments =
            [
                day, pledge.Province, channel, pledge.AgeBand, CountedMix.Of(pledge.Province, channel, code, pledge.AgeBand),
                PledgerEntry.JoinPledgeIds(pledge.PledgeIds), pledge.InviteCode ?? string.Empty,
                pledge.At.ToUnixTimeMilliseconds(), code ?? string.Empty, firstTouch ?? string.Empty,
                PledgerEntry.Field(pledge.User), .. s_kindLetters,
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
        var receipt = PledgerEntry.Receipt((long)values[0] == 1, values.AsSpan(1));
        Observability.HostMetrics.Pledge(channel, receipt.Recorded);
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
        var result = await multiplexer.GetDatabase()
            .ScriptEvaluateAsync(FindScript, [keys.PledgerBucket(user), keys.PledgeSymbols()], [PledgerEntry.Field(user)])
            .WaitAsync(cancellationToken);
        var record = ((RedisResult[])result!).Select(value => (RedisValue)value).ToArray();
        return record.Length == 0 ? null : PledgerEntry.Receipt(recorded: false, record);
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
        var removed = await multiplexer.GetDatabase()
            .HashDeleteAsync(keys.PledgerBucket(user), [PledgerEntry.Field(user), PledgerEntry.ReferralField(user)])
            .WaitAsync(cancellationToken);
        var erased = removed > 0;
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

using System.Globalization;
using PledgeBot.Campaign;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Referrals;

/// <summary>Referral codes in Redis or Garnet, in the {pledges} slot with the pledgers (see <see cref="RedisKeys"/>):
/// arrivals are counted exactly, once per user and code, and a user's first active code is kept with them.</summary>
public sealed class RedisReferralRegistry(
    IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time, ILogger<RedisReferralRegistry> logger)
    : IReferralRegistry
{
    // KEYS[1] the new code's hash, KEYS[2] the owner's pledger bucket. ARGV[1] the owner's user hash, ARGV[2] the
    // creation time (ISO 8601, UTC), ARGV[3] the code, ARGV[4] the owner's code-index field (PledgerEntry).
    // SET NX for a hash: an existing code (a staff code or another pledger's) is never overwritten. The owner's index
    // of codes is written with the code, atomically, so "delete my data" finds every code it must release. A peer code
    // joins the staff list's ranks only once it reaches someone: most pledgers invite nobody, and 12 million idle
    // entries would cost a gigabyte.
    private const string CreateScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
            return 0
        end
        redis.call('HSET', KEYS[1], 'kind', 'peer', 'owner', ARGV[1], 'created', ARGV[2], 'active', '1')
        local codes = redis.call('HGET', KEYS[2], ARGV[4])
        redis.call('HSET', KEYS[2], ARGV[4], codes and (codes .. ',' .. ARGV[3]) or ARGV[3])
        return 1
        """;

    // KEYS[1] the code's hash, KEYS[2] the user's pledger bucket, KEYS[3] the unknown bucket, KEYS[4..] the reach ranks
    // of the n kinds in ReferralKinds.All order; all {pledges}. ARGV[1] code, [2] user hash, [3] channel, [4] Viet Nam
    // day, [5] the user's referral field in the bucket, then the n kinds and the n kind letters (PledgerEntry), in the
    // same order. The code's kind is read here, not before: one round trip per arrival.
    // Exact distinct counts: the referral part keeps the first-touch code and the later codes the user arrived with,
    // so reach needs no HyperLogLog and "delete my data" erases the user's touches with their pledge. It stays within
    // 64 bytes, the listpack limit: a code that would not fit (a user's fourth or fifth) counts as a repeat.
    // Answers {kind: 0 unknown, 1 own code, 2 reached, 3 repeated; 1 when first touch; the attributed code or ''}.
    private const string TouchScript = """
        local code = redis.call('HMGET', KEYS[1], 'active', 'owner', 'kind')
        local n = (#ARGV - 5) / 2
        local k = 0
        for i = 1, n do
            if ARGV[5 + i] == code[3] then
                k = i
            end
        end
        if code[1] ~= '1' or k == 0 then
            redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
            return {0, 0, ''}
        end
        local referral = redis.call('HGET', KEYS[2], ARGV[5])
        local attributed = referral and string.match(referral, '^[^|]*') or nil
        if code[2] == ARGV[2] then
            return {1, 0, attributed or ''}
        end
        local first = 0
        if attributed then
            local later = string.match(referral, '^[^|]*|[^|]*|(.*)$') or ''
            local value = referral .. (later == '' and '' or ',') .. ARGV[1]
            if attributed == ARGV[1] or string.find(',' .. later .. ',', ',' .. ARGV[1] .. ',', 1, true) or #value > 64 then
                return {3, 0, attributed}
            end
            redis.call('HSET', KEYS[2], ARGV[5], value)
        else
            first = 1
            attributed = ARGV[1]
            redis.call('HSET', KEYS[2], ARGV[5], ARGV[1] .. '|' .. ARGV[5 + n + k] .. '|')
            redis.call('HINCRBY', KEYS[1], 'first', 1)
            redis.call('HINCRBY', KEYS[1], 'first:' .. ARGV[4], 1)
        end
        redis.call('HINCRBY', KEYS[1], 'reach', 1)
        redis.call('HINCRBY', KEYS[1], 'reach:' .. ARGV[4], 1)
        redis.call('HINCRBY', KEYS[1], 'channel:' .. ARGV[3], 1)
        redis.call('ZINCRBY', KEYS[3 + k], 1, ARGV[1])
        return {2, first, attributed}
        """;

    private const int CreateAttempts = 5;
    private const string Owner = "owner";

    public async Task<bool> IsActiveAsync(string code, CancellationToken cancellationToken)
    {
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            return false;
        }

        var active = await multiplexer.GetDatabase().HashGetAsync(keys.ReferralCode(normalized), "active").WaitAsync(cancellationToken);
        return active == "1";
    }

    public async Task<ReferralTouch> TouchAsync(
        string code, UserHash user, string channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            // Malformed (Facebook ads send empty refs): ignored, not even counted as unknown.
            return ReferralTouch.Unknown;
        }

        var database = multiplexer.GetDatabase();
        var day = CampaignDay.Of(at);
        RedisKey[] scriptKeys =
        [
            keys.ReferralCode(normalized), keys.PledgerBucket(user), keys.ReferralUnknown(),
            .. ReferralKinds.All.Select(kind => keys.ReferralRank(kind, ReferralMetrics.Reach)),
        ];
        RedisValue[] arguments =
        [
            normalized, user.Value, channel.ToLowerInvariant(), day, PledgerEntry.ReferralField(user),
            .. ReferralKinds.All.Select(kind => (RedisValue)kind),
            .. ReferralKinds.All.Select(kind => (RedisValue)PledgerEntry.KindLetter(kind)),
        ];
        var reply = (RedisResult[])(await database.ScriptEvaluateAsync(TouchScript, scriptKeys, arguments).WaitAsync(cancellationToken))!;
        var touchKind = (long)reply[0] switch
        {
            1 => ReferralTouchKind.OwnCode,
            2 => ReferralTouchKind.Reached,
            3 => ReferralTouchKind.Repeated,
            _ => ReferralTouchKind.Unknown,
        };
        if (touchKind == ReferralTouchKind.Unknown)
        {
            logger.ReachIgnored(normalized);
        }

        var attributed = (string?)reply[2];
        return new ReferralTouch(touchKind, (long)reply[1] == 1, string.IsNullOrEmpty(attributed) ? null : attributed);
    }

    public async Task<string> CreatePeerCodeAsync(UserHash owner, CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        var created = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        for (var attempt = 1; attempt <= CreateAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = ReferralCodeFormat.NewPeerCode();
            var result = await database.ScriptEvaluateAsync(
                    CreateScript, [keys.ReferralCode(code), keys.PledgerBucket(owner)],
                    [owner.Value, created, code, PledgerEntry.CodesField(owner)])
                .WaitAsync(cancellationToken);
            if ((long)result != 1)
            {
                logger.PeerCodeTaken(code);
                continue;
            }

            logger.PeerCodeCreated(code);
            return code;
        }

        throw new InvalidOperationException($"No free peer code after {CreateAttempts} attempts.");
    }

    public async Task<int> ReleasePeerCodesAsync(UserHash owner, CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        var bucket = keys.PledgerBucket(owner);
        var field = PledgerEntry.CodesField(owner);
        // The index in the owner's bucket, and the per-user set that held it before the buckets (data written then).
        var batch = database.CreateBatch();
        var indexRead = batch.HashGetAsync(bucket, field);
        var legacyRead = batch.SetMembersAsync(keys.PeerCodesOf(owner));
        batch.Execute();
        var index = (string?)await indexRead.WaitAsync(cancellationToken);
        var codes = (index?.Split(',') ?? [])
            .Concat((await legacyRead.WaitAsync(cancellationToken)).Select(code => (string)code!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (codes.Count == 0)
        {
            return 0;
        }

        // One HDEL per code, pipelined. The index goes last, so a failure part-way leaves it for a retry. The codes,
        // their reach and the pledges they brought stay: aggregates, no owner.
        batch = database.CreateBatch();
        var releases = codes.Select(code => batch.HashDeleteAsync(keys.ReferralCode(code), Owner)).ToList();
        batch.Execute();
        await Task.WhenAll(releases).WaitAsync(cancellationToken);
        batch = database.CreateBatch();
        var indexDeleted = batch.HashDeleteAsync(bucket, field);
        var legacyDeleted = batch.KeyDeleteAsync(keys.PeerCodesOf(owner));
        batch.Execute();
        await Task.WhenAll(indexDeleted, legacyDeleted).WaitAsync(cancellationToken);

        logger.PeerCodesReleased(codes.Count);
        return codes.Count;
    }
}

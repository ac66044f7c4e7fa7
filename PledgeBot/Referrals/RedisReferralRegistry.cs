using System.Globalization;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Referrals;

/// <summary>Referral codes in Redis or Garnet: each code a hash in its own {r:CODE} slot, its reach a HyperLogLog.</summary>
public sealed class RedisReferralRegistry(
    IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time, ILogger<RedisReferralRegistry> logger)
    : IReferralRegistry
{
    // KEYS[1] the new code's hash. ARGV[1] the owner's user hash, ARGV[2] the creation time (ISO 8601, UTC).
    // SET NX for a hash: an existing code (a staff code or another pledger's) is never overwritten.
    private const string CreateScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
            return 0
        end
        redis.call('HSET', KEYS[1], 'kind', 'peer', 'owner', ARGV[1], 'created', ARGV[2], 'active', '1')
        return 1
        """;

    // KEYS[1] the code's hash, KEYS[2] its reach HyperLogLog, KEYS[3] its reach by channel; all {r:CODE}.
    // ARGV[1] the user hash, ARGV[2] the channel. PFADD answers 1 only for a user the code had not reached, so the
    // channel counts add up to the code's reach. The HyperLogLog keeps no user hash (nothing to erase, nothing to
    // leak; Decree 13/2023) and stays within 12 KB for a KOL reaching millions; its count is within about 1%.
    private const string ReachScript = """
        if redis.call('HGET', KEYS[1], 'active') ~= '1' then
            return -1
        end
        if redis.call('PFADD', KEYS[2], ARGV[1]) == 1 then
            redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
            return 1
        end
        return 0
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

    public async Task RecordReachAsync(string code, UserHash user, string channel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        if (!ReferralCodeFormat.TryNormalize(code, out var normalized))
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        RedisKey[] scriptKeys = [keys.ReferralCode(normalized), keys.ReferralReach(normalized), keys.ReferralReachByChannel(normalized)];
        var result = await multiplexer.GetDatabase()
            .ScriptEvaluateAsync(ReachScript, scriptKeys, [user.Value, channel.ToLowerInvariant()])
            .WaitAsync(cancellationToken);
        if ((long)result < 0)
        {
            logger.ReachIgnored(normalized);
        }
    }

    public async Task<string> CreatePeerCodeAsync(UserHash owner, CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        var created = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        for (var attempt = 1; attempt <= CreateAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = ReferralCodeFormat.NewPeerCode();
            var result = await database.ScriptEvaluateAsync(CreateScript, [keys.ReferralCode(code)], [owner.Value, created])
                .WaitAsync(cancellationToken);
            if ((long)result != 1)
            {
                logger.PeerCodeTaken(code);
                continue;
            }

            // The code's slot and the owner's differ, so the index is a second write; a code missing from it would
            // keep its owner after "delete my data", so it is written before the code is handed out.
            await database.SetAddAsync(keys.PeerCodesOf(owner), code).WaitAsync(cancellationToken);
            logger.PeerCodeCreated(code);
            return code;
        }

        throw new InvalidOperationException($"No free peer code after {CreateAttempts} attempts.");
    }

    public async Task<int> ReleasePeerCodesAsync(UserHash owner, CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        var index = keys.PeerCodesOf(owner);
        var codes = await database.SetMembersAsync(index).WaitAsync(cancellationToken);
        if (codes.Length == 0)
        {
            return 0;
        }

        // Each code lives in its own slot: one HDEL each, pipelined. The index goes last, so a failure part-way
        // leaves it for a retry. The codes, their reach and the pledges they brought stay: aggregates, no owner.
        var batch = database.CreateBatch();
        var releases = codes.Select(code => batch.HashDeleteAsync(keys.ReferralCode(code!), Owner)).ToList();
        batch.Execute();
        await Task.WhenAll(releases).WaitAsync(cancellationToken);
        await database.KeyDeleteAsync(index).WaitAsync(cancellationToken);

        logger.PeerCodesReleased(codes.Length);
        return codes.Length;
    }
}

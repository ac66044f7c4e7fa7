using System.Globalization;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Referrals;

/// <summary>The staff side of referral codes: creating them (one or hundreds at once), listing them by reach or
/// pledges, reading one with its days, switching one off. Every key is in the {pledges} slot (see RedisKeys).</summary>
public sealed class RedisReferralCatalog(IConnectionMultiplexer multiplexer, RedisKeys keys, TimeProvider time)
{
    // KEYS, three per row: the code's hash, the reach rank and the pledges rank of its kind; all {pledges}.
    // ARGV[1] the creation time, then four per row: code, kind, owner's name, note ('' for none). One script for the whole import: the
    // rows it creates are written together or not at all, and an existing code is never overwritten.
    // Answers one 1 (created) or 0 (exists) per row.
    private const string CreateScript = """
        local created = {}
        for i = 1, #KEYS / 3 do
            local k = (i - 1) * 3
            if redis.call('EXISTS', KEYS[k + 1]) == 1 then
                created[i] = 0
            else
                local a = (i - 1) * 4
                redis.call('HSET', KEYS[k + 1], 'kind', ARGV[a + 3], 'name', ARGV[a + 4], 'created', ARGV[1], 'active', '1')
                if ARGV[a + 5] ~= '' then
                    redis.call('HSET', KEYS[k + 1], 'note', ARGV[a + 5])
                end
                redis.call('ZADD', KEYS[k + 2], 0, ARGV[a + 2])
                redis.call('ZADD', KEYS[k + 3], 0, ARGV[a + 2])
                created[i] = 1
            end
        end
        return created
        """;

    // KEYS[1] the code's hash. ARGV[1] '1' or '0'. Answers 0 for no such code: PATCH never creates one.
    private const string ActiveScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
            return 0
        end
        redis.call('HSET', KEYS[1], 'active', ARGV[1])
        return 1
        """;

    private static readonly HashSet<string> s_definitionFields = new(StringComparer.Ordinal) { "kind", "name", "owner", "created", "active", "note" };

    /// <summary>Creates the codes that do not exist yet (normalised, kinds checked by the caller); true per created row.</summary>
    public async Task<IReadOnlyList<bool>> CreateAsync(
        IReadOnlyList<(string Code, string Kind, string Owner)> codes, CancellationToken cancellationToken) =>
        await CreateAsync([.. codes.Select(c => (c.Code, c.Kind, c.Owner, (string?)null))], cancellationToken);

    /// <summary>As above, each code with its staff note (or none).</summary>
    public async Task<IReadOnlyList<bool>> CreateAsync(
        IReadOnlyList<(string Code, string Kind, string Owner, string? Note)> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return [];
        }

        var created = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var scriptKeys = codes
            .SelectMany(c => new[] { keys.ReferralCode(c.Code), keys.ReferralRank(c.Kind, ReferralMetrics.Reach), keys.ReferralRank(c.Kind, ReferralMetrics.Pledges) })
            .ToArray();
        RedisValue[] arguments = [created, .. codes.SelectMany(c => new RedisValue[] { c.Code, c.Kind, c.Owner, c.Note ?? string.Empty })];
        var result = await multiplexer.GetDatabase().ScriptEvaluateAsync(CreateScript, scriptKeys, arguments).WaitAsync(cancellationToken);
        return [.. ((RedisResult[])result!).Select(r => (long)r == 1)];
    }

    /// <summary>False when there is no such code.</summary>
    public async Task<bool> SetActiveAsync(string code, bool active, CancellationToken cancellationToken)
    {
        var result = await multiplexer.GetDatabase()
            .ScriptEvaluateAsync(ActiveScript, [keys.ReferralCode(code)], [active ? "1" : "0"]).WaitAsync(cancellationToken);
        return (long)result == 1;
    }

    public async Task<StoredReferralCode?> GetAsync(string code, CancellationToken cancellationToken) =>
        await GetManyAsync([code], cancellationToken) is [var stored] ? stored : null;

    /// <summary>The codes that exist, in the order asked.</summary>
    public async Task<IReadOnlyList<StoredReferralCode>> GetManyAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var batch = multiplexer.GetDatabase().CreateBatch();
        var reads = codes.Select(code => batch.HashGetAllAsync(keys.ReferralCode(code))).ToList();
        batch.Execute();
        var hashes = await Task.WhenAll(reads).WaitAsync(cancellationToken);
        return [.. codes.Zip(hashes).Where(pair => pair.Second.Length > 0).Select(pair => Parse(pair.First, pair.Second))];
    }

    /// <summary>A page of codes, highest <paramref name="metric"/> first; all kinds when <paramref name="kind"/> is null.</summary>
    public async Task<IReadOnlyList<StoredReferralCode>> ListAsync(
        string? kind, string metric, int page, int pageSize, CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        var take = (long)page * pageSize;
        var kinds = kind is null ? ReferralKinds.All : [kind];
        var ranks = await Task.WhenAll(kinds.Select(k =>
            database.SortedSetRangeByRankWithScoresAsync(keys.ReferralRank(k, metric), 0, take - 1, Order.Descending))).WaitAsync(cancellationToken);

        // Ties as Redis orders them within one rank (reverse lexical), so pages agree whether or not a kind is given.
        var codes = ranks.SelectMany(rank => rank)
            .OrderByDescending(entry => entry.Score).ThenByDescending(entry => (string)entry.Element!, StringComparer.Ordinal)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(entry => (string)entry.Element!)
            .ToList();
        return await GetManyAsync(codes, cancellationToken);
    }

    /// <summary>Up to <paramref name="limit"/> codes containing <paramref name="fragment"/> (normalised, A–Z 0–9 _ -),
    /// most reach first. Scans the kinds' ranks (ZSCAN MATCH), which hold every staff code and every peer code that
    /// reached someone.</summary>
    public async Task<IReadOnlyList<StoredReferralCode>> SearchAsync(
        string? kind, string fragment, int limit, CancellationToken cancellationToken)
    {
        var database = multiplexer.GetDatabase();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in kind is null ? ReferralKinds.All : [kind])
        {
            await foreach (var entry in database.SortedSetScanAsync(keys.ReferralRank(k, ReferralMetrics.Reach), $"*{fragment}*", pageSize: 500)
                .WithCancellation(cancellationToken))
            {
                found.Add((string)entry.Element!);
                if (found.Count >= limit)
                {
                    break;
                }
            }

            if (found.Count >= limit)
            {
                break;
            }
        }

        return [.. (await GetManyAsync([.. found], cancellationToken))
            .OrderByDescending(c => c.Count(ReferralMetrics.Reach)).ThenBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>Quizzes finished per Viet Nam day by users attributed to the code.</summary>
    public async Task<IReadOnlyDictionary<string, long>> QuizDaysAsync(string code, CancellationToken cancellationToken) =>
        (await multiplexer.GetDatabase().HashGetAllAsync(keys.QuizByCodeDay(code)).WaitAsync(cancellationToken))
            .ToDictionary(entry => (string)entry.Name!, entry => (long)entry.Value, StringComparer.Ordinal);

    public async Task<IReadOnlyList<UnknownReferralDay>> UnknownAsync(CancellationToken cancellationToken) =>
        [.. (await multiplexer.GetDatabase().HashGetAllAsync(keys.ReferralUnknown()).WaitAsync(cancellationToken))
            .Select(entry => new UnknownReferralDay(entry.Name!, (long)entry.Value))
            .OrderBy(day => day.Day, StringComparer.Ordinal)];

    private static StoredReferralCode Parse(string code, HashEntry[] hash)
    {
        var fields = hash.ToDictionary(entry => (string)entry.Name!, entry => entry.Value, StringComparer.Ordinal);
        var counts = fields.Where(field => !s_definitionFields.Contains(field.Key))
            .ToDictionary(field => field.Key, field => (long)field.Value, StringComparer.Ordinal);
        return new StoredReferralCode(
            code,
            (string?)fields.GetValueOrDefault("kind") ?? ReferralKinds.Peer,
            (string?)fields.GetValueOrDefault("name"),
            (string?)fields.GetValueOrDefault("created"),
            fields.GetValueOrDefault("active") == "1",
            counts,
            (string?)fields.GetValueOrDefault("note"));
    }
}

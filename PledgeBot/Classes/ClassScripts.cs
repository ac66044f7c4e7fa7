namespace PledgeBot.Classes;

/// <summary>The Lua scripts of class sessions: each one reads and writes one class's keys (one hash tag) atomically,
/// so concurrent joins and answers are counted exactly once.</summary>
internal static class ClassScripts
{
    // KEYS: meta, index. ARGV: code, createdMs, expireAtSeconds, then field/value pairs. 1 when created, 0 when the code exists.
    public const string Create = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
        redis.call('EXPIREAT', KEYS[1], ARGV[3])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
        return 1
        """;

    // KEYS: meta, seats, refs, scores, last. ARGV: student, reference, max, animal, refsExpireAt, expireAt, attempt.
    // A seat remembers the attempt that took it ("nickname|attempt"), so a turn re-run is "joined" again, not "rejoined".
    // → {kind} for 0 unknown, 1 ended, 2 full; {3 joined | 4 rejoined, nickname, score, last, phase, index, ends, name, lang, total, qid, school, province}.
    public const string Join = """
        local m = redis.call('HMGET', KEYS[1], 'phase', 'index', 'ends', 'name', 'lang', 'total', 'qid', 'school', 'province')
        if not m[1] then return {0} end
        if m[1] == 'ended' then return {1} end
        local seat = redis.call('HGET', KEYS[2], ARGV[1])
        local kind = 4
        local nick
        if seat then
          local bar = string.find(seat, '|', 1, true)
          nick = string.sub(seat, 1, bar - 1)
          if string.sub(seat, bar + 1) == ARGV[7] then kind = 3 end
        else
          if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[3]) then return {2} end
          local n = redis.call('HINCRBY', KEYS[1], 'seq', 1)
          nick = ARGV[4] .. ' ' .. n
          redis.call('HSET', KEYS[2], ARGV[1], nick .. '|' .. ARGV[7])
          redis.call('EXPIREAT', KEYS[2], ARGV[6])
          kind = 3
        end
        redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
        redis.call('EXPIREAT', KEYS[3], ARGV[5])
        local score = redis.call('HGET', KEYS[4], ARGV[1]) or '0'
        local last = redis.call('HGET', KEYS[5], ARGV[1]) or ''
        return {kind, nick, score, last, m[1], m[2], m[3] or '0', m[4], m[5], m[6], m[7] or '', m[8] or '', m[9] or ''}
        """;

    // KEYS: meta, seats, last. ARGV: student. → {seated, phase, index, ends, lang, total, qid, last}.
    public const string Progress = """
        local m = redis.call('HMGET', KEYS[1], 'phase', 'index', 'ends', 'lang', 'total', 'qid')
        if not m[1] then return {0} end
        return {redis.call('HEXISTS', KEYS[2], ARGV[1]), m[1], m[2], m[3] or '0', m[4], m[5], m[6] or '', redis.call('HGET', KEYS[3], ARGV[1]) or ''}
        """;

    // KEYS: meta, seats, last, answers(i), tally(i), scores, done. ARGV: student, index, option, nowMs, expireAt, attempt.
    // → 0 counted, 1 already answered, 2 too late, 3 not seated. The first answer wins; counts move together. An answer
    // is stored as "option|attempt", so the same attempt again (a turn re-run) is "counted" again and counts nothing.
    public const string Answer = """
        local m = redis.call('HMGET', KEYS[1], 'phase', 'index', 'ends', 'answer')
        if not m[1] or redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then return 3 end
        local previous = redis.call('HGET', KEYS[4], ARGV[1])
        if previous then
          if previous == ARGV[3] .. '|' .. ARGV[6] then return 0 end
          return 1
        end
        if m[1] ~= 'question' or m[2] ~= ARGV[2] or tonumber(ARGV[4]) > tonumber(m[3]) then return 2 end
        redis.call('HSET', KEYS[4], ARGV[1], ARGV[3] .. '|' .. ARGV[6])
        redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
        redis.call('HINCRBY', KEYS[5], ARGV[3], 1)
        redis.call('HINCRBY', KEYS[7], ARGV[1], 1)
        if ARGV[3] == m[4] then redis.call('HINCRBY', KEYS[6], ARGV[1], 1) end
        redis.call('HINCRBY', KEYS[1], 'answered', 1)
        for i = 3, 7 do redis.call('EXPIREAT', KEYS[i], ARGV[5]) end
        return 0
        """;

    // KEYS: meta. ARGV: expected phase, expected index, phase, index, ends, answer, qid.
    // Compare-and-set: two clicks on "next" (two teachers' tabs, two instances) move the class once.
    public const string Advance = """
        local m = redis.call('HMGET', KEYS[1], 'phase', 'index')
        if m[1] ~= ARGV[1] or m[2] ~= ARGV[2] then return 0 end
        redis.call('HSET', KEYS[1], 'phase', ARGV[3], 'index', ARGV[4], 'ends', ARGV[5], 'answer', ARGV[6], 'qid', ARGV[7])
        if ARGV[3] == 'question' then redis.call('HSET', KEYS[1], 'answered', 0) end
        return 1
        """;
}

using Microsoft.Extensions.Options;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Classes;

// A class's keys share the {cls:CODE} hash tag, so its join and answer scripts stay in one cluster slot. The prefix
// comes from Store:KeyPrefix, as RedisKeys' does.
public sealed class ClassKeys(IOptions<StoreOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    /// <summary>A hash: the session's settings and where it is (phase, index, ends, answer, qid, answered, seq).</summary>
    public RedisKey Meta(string code) => $"{_prefix}{{cls:{code}}}:meta";

    /// <summary>A hash: student hash → <c>nickname|attempt</c> (the join that took the seat).</summary>
    public RedisKey Seats(string code) => $"{_prefix}{{cls:{code}}}:seats";

    /// <summary>A hash: student hash → conversation reference JSON (no display name); gone when the session ends.</summary>
    public RedisKey References(string code) => $"{_prefix}{{cls:{code}}}:refs";

    /// <summary>A hash: student hash → right answers.</summary>
    public RedisKey Scores(string code) => $"{_prefix}{{cls:{code}}}:scores";

    /// <summary>A hash: student hash → questions answered.</summary>
    public RedisKey Answered(string code) => $"{_prefix}{{cls:{code}}}:done";

    /// <summary>A hash: student hash → index of the last question they answered.</summary>
    public RedisKey LastAnswered(string code) => $"{_prefix}{{cls:{code}}}:last";

    /// <summary>A hash: student hash → the option they picked for question <paramref name="index"/>.</summary>
    public RedisKey Answers(string code, int index) => $"{_prefix}{{cls:{code}}}:ans:{index}";

    /// <summary>A hash: option → answers to question <paramref name="index"/>.</summary>
    public RedisKey Tally(string code, int index) => $"{_prefix}{{cls:{code}}}:tally:{index}";

    /// <summary>A sorted set: class code → created (Unix ms), for the staff list.</summary>
    public RedisKey Index() => $"{_prefix}classes:index";

    /// <summary>A hash: province id → class sessions created.</summary>
    public RedisKey SessionsByProvince() => $"{_prefix}classes:sessions-by-province";

    /// <summary>A hash: province id → students seated in its classes.</summary>
    public RedisKey StudentsByProvince() => $"{_prefix}classes:students-by-province";

    /// <summary>A hash: school code → students seated in its classes.</summary>
    public RedisKey StudentsBySchool() => $"{_prefix}classes:students-by-school";

    /// <summary>The pub/sub channel that says "class CODE changed" to every instance's screens.</summary>
    public RedisChannel Events() => RedisChannel.Literal($"{_prefix}classes:events");
}

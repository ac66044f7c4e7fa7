using System.Globalization;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Classes;

/// <summary>Class sessions in the store: create, read, list, move on (compare-and-set), and the counts a screen, a
/// reveal and the results read. The students' side is <see cref="RedisClassRoom"/>.</summary>
public sealed class ClassStore(IConnectionMultiplexer redis, ClassKeys keys)
{
    public async Task<bool> CreateAsync(ClassSession session, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue[] fields =
        [
            "name", session.Name, "school", session.SchoolCode ?? string.Empty, "province", session.Province ?? string.Empty,
            "lang", Lang(session.Language), "qids", string.Join(',', session.Questions), "total", session.Questions.Count,
            "secs", session.SecondsPerQuestion, "prepost", session.PrePost ? 1 : 0, "ranking", session.ShowRanking ? 1 : 0,
            "created", session.CreatedAt.ToUnixTimeMilliseconds(), "expires", session.ExpiresAt.ToUnixTimeMilliseconds(),
            "phase", Phase(ClassPhase.Lobby), "index", -1, "ends", 0, "answer", -1, "qid", string.Empty, "answered", 0, "seq", 0,
        ];
        var created = (long)await redis.GetDatabase().ScriptEvaluateAsync(
            ClassScripts.Create,
            [keys.Meta(session.Code), keys.Index()],
            [session.Code, session.CreatedAt.ToUnixTimeMilliseconds(), keepUntil.ToUnixTimeSeconds(), .. fields]);
        if (created == 1 && session.Province is { Length: > 0 } province)
        {
            await redis.GetDatabase().HashIncrementAsync(keys.SessionsByProvince(), province);
        }

        return created == 1;
    }

    public async Task<ClassSession?> GetAsync(string code, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var entries = await redis.GetDatabase().HashGetAllAsync(keys.Meta(code));
        return entries.Length == 0 ? null : Read(code, entries.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString()));
    }

    /// <summary>The newest sessions first, at most <paramref name="limit"/>; sessions whose counts are gone are skipped.</summary>
    public async Task<IReadOnlyList<ClassSession>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var codes = await database.SortedSetRangeByRankAsync(keys.Index(), 0, limit - 1, Order.Descending);
        var reads = codes.Select(code => GetAsync(code.ToString(), cancellationToken)).ToArray();
        var sessions = await Task.WhenAll(reads);
        var gone = codes.Where((_, i) => sessions[i] is null).ToArray();
        if (gone.Length > 0)
        {
            await database.SortedSetRemoveAsync(keys.Index(), gone);
        }

        return [.. sessions.OfType<ClassSession>()];
    }

    /// <summary>Moves the class from where <paramref name="from"/> saw it; false when someone else moved it first.</summary>
    public async Task<bool> AdvanceAsync(
        ClassSession from, ClassPhase phase, int index, DateTimeOffset endsAt, int answer, string? questionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        cancellationToken.ThrowIfCancellationRequested();
        var moved = await redis.GetDatabase().ScriptEvaluateAsync(
            ClassScripts.Advance,
            [keys.Meta(from.Code)],
            [Phase(from.Phase), from.Index, Phase(phase), index, endsAt.ToUnixTimeMilliseconds(), answer, questionId ?? string.Empty]);
        return (long)moved == 1;
    }

    public Task<long> JoinedAsync(string code) => redis.GetDatabase().HashLengthAsync(keys.Seats(code));

    /// <summary>Answers per option (0 = A) to question <paramref name="index"/>.</summary>
    public async Task<IReadOnlyDictionary<int, long>> TallyAsync(string code, int index) =>
        (await redis.GetDatabase().HashGetAllAsync(keys.Tally(code, index)))
            .ToDictionary(e => int.Parse(e.Name.ToString(), CultureInfo.InvariantCulture), e => (long)e.Value);

    /// <summary>Student hash → the option they picked for question <paramref name="index"/>.</summary>
    public async Task<IReadOnlyDictionary<string, int>> AnswersAsync(string code, int index) =>
        (await redis.GetDatabase().HashGetAllAsync(keys.Answers(code, index)))
            .ToDictionary(e => e.Name.ToString(), e => int.Parse(e.Value.ToString().Split('|')[0], CultureInfo.InvariantCulture));

    public async Task<IReadOnlyDictionary<string, int>> ScoresAsync(string code) =>
        (await redis.GetDatabase().HashGetAllAsync(keys.Scores(code))).ToDictionary(e => e.Name.ToString(), e => (int)e.Value);

    public async Task<IReadOnlyDictionary<string, int>> AnsweredCountsAsync(string code) =>
        (await redis.GetDatabase().HashGetAllAsync(keys.Answered(code))).ToDictionary(e => e.Name.ToString(), e => (int)e.Value);

    /// <summary>Student hash → nickname.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SeatsAsync(string code) =>
        (await redis.GetDatabase().HashGetAllAsync(keys.Seats(code))).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString().Split('|')[0]);

    /// <summary>Student hash → conversation reference JSON.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReferencesAsync(string code) =>
        (await redis.GetDatabase().HashGetAllAsync(keys.References(code))).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());

    /// <summary>The dashboard's all-time counts: sessions per province, students per province and per school.</summary>
    public async Task<(IReadOnlyDictionary<string, long> Sessions, IReadOnlyDictionary<string, long> Students, IReadOnlyDictionary<string, long> Schools, long Total)> CountsAsync()
    {
        var database = redis.GetDatabase();
        var sessions = database.HashGetAllAsync(keys.SessionsByProvince());
        var students = database.HashGetAllAsync(keys.StudentsByProvince());
        var schools = database.HashGetAllAsync(keys.StudentsBySchool());
        var total = database.SortedSetLengthAsync(keys.Index());
        await Task.WhenAll(sessions, students, schools, total);
        return (Map(await sessions), Map(await students), Map(await schools), await total);

        static Dictionary<string, long> Map(HashEntry[] entries) => entries.ToDictionary(e => e.Name.ToString(), e => (long)e.Value);
    }

    /// <summary>Forgets every student's conversation reference: kept only for the session's life.</summary>
    public Task DropReferencesAsync(string code) => redis.GetDatabase().KeyDeleteAsync(keys.References(code));

    internal static string Lang(Language language) => language == Language.English ? "en" : "vi";

    internal static string Phase(ClassPhase phase) => phase.ToString().ToLowerInvariant();

    internal static ClassPhase ParsePhase(string? text) =>
        Enum.TryParse<ClassPhase>(text, ignoreCase: true, out var phase) ? phase : ClassPhase.Ended;

    internal static Language ParseLang(string? text) => text == "en" ? Language.English : Language.Vietnamese;

    private static ClassSession Read(string code, Dictionary<string, string> m) => new()
    {
        Code = code,
        Name = m.GetValueOrDefault("name", string.Empty),
        SchoolCode = NullIfEmpty(m.GetValueOrDefault("school")),
        Province = NullIfEmpty(m.GetValueOrDefault("province")),
        Language = ParseLang(m.GetValueOrDefault("lang")),
        Questions = m.GetValueOrDefault("qids", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
        SecondsPerQuestion = Int(m, "secs"),
        PrePost = Int(m, "prepost") == 1,
        ShowRanking = Int(m, "ranking") == 1,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(Long(m, "created")),
        ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(Long(m, "expires")),
        Phase = ParsePhase(m.GetValueOrDefault("phase")),
        Index = Int(m, "index"),
        EndsAt = DateTimeOffset.FromUnixTimeMilliseconds(Long(m, "ends")),
        AnsweredNow = Long(m, "answered"),
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static int Int(Dictionary<string, string> m, string field) =>
        int.TryParse(m.GetValueOrDefault(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static long Long(Dictionary<string, string> m, string field) =>
        long.TryParse(m.GetValueOrDefault(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

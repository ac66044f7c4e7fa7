using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Ports;
using StackExchange.Redis;

namespace PledgeBot.Classes;

/// <summary>The students' side of class sessions in the store: one script per join and per answer, so seats and counts
/// stay exact when a whole class taps at once, on any number of instances.</summary>
public sealed class RedisClassRoom(
    IConnectionMultiplexer redis, ClassKeys keys, ClassSignals signals, IContentSource content, IReferralRegistry referrals,
    IOptions<ClassesOptions> options, TimeProvider time, ILogger<RedisClassRoom> logger) : IClassRoom
{
    public async Task<ClassJoin> JoinAsync(string code, UserHash student, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        var now = time.GetUtcNow();
        var language = content.Current;
        var animalSeed = RandomNumberGenerator.GetInt32(int.MaxValue);
        var meta = await redis.GetDatabase().HashGetAsync(keys.Meta(code), "lang");
        var animal = ClassMessages.Animal(language, ClassStore.ParseLang(meta.ToString()), animalSeed);
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            ClassScripts.Join,
            [keys.Meta(code), keys.Seats(code), keys.References(code), keys.Scores(code), keys.LastAnswered(code)],
            [
                student.Value, JsonSerializer.Serialize(reference with { ActivityId = null }, ProtocolJsonContext.Wire.ConversationReference), settings.MaxStudents, animal,
                (now + settings.SessionLifetime).ToUnixTimeSeconds(), (now + settings.SessionLifetime + settings.ResultsKept).ToUnixTimeSeconds(),
                AttemptTag(reference.ActivityId ?? string.Empty),
            ]))!;
        var kind = (int)result[0];
        if (kind < 3)
        {
            return new ClassJoin(kind switch { 1 => ClassJoinKind.Ended, 2 => ClassJoinKind.Full, _ => ClassJoinKind.Unknown });
        }

        var joined = kind == 3;
        var progress = Progress(result[4..11], result[3].ToString());
        if (joined)
        {
            await CountNewStudentAsync(code, student, reference.ChannelId ?? string.Empty, result[11].ToString(), result[12].ToString(), now, cancellationToken);
        }

        signals.Publish(code);
        return new ClassJoin(joined ? ClassJoinKind.Joined : ClassJoinKind.Rejoined)
        {
            Nickname = result[1].ToString(),
            Score = (int)result[2],
            ClassName = result[7].ToString(),
            Language = progress.Language,
            Progress = progress,
        };
    }

    public async Task<bool> LeaveAsync(string code, UserHash student, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var left = await redis.GetDatabase().HashDeleteAsync(keys.References(code), student.Value);
        signals.Publish(code);
        return left;
    }

    public async Task<ClassProgress?> ProgressAsync(string code, UserHash student, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            ClassScripts.Progress, [keys.Meta(code), keys.Seats(code), keys.LastAnswered(code)], [student.Value]))!;
        if ((int)result[0] == 0)
        {
            return null;
        }

        // {seated, phase, index, ends, lang, total, qid, last} → the join's layout {phase, index, ends, name, lang, total, qid}.
        RedisResult[] fields = [result[1], result[2], result[3], RedisResult.Create(RedisValue.EmptyString), result[4], result[5], result[6]];
        return Progress(fields, result[7].ToString());
    }

    public async Task<ClassAnswerOutcome> AnswerAsync(
        string code, UserHash student, int index, int option, string attempt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        var now = time.GetUtcNow();
        var outcome = (int)await redis.GetDatabase().ScriptEvaluateAsync(
            ClassScripts.Answer,
            [
                keys.Meta(code), keys.Seats(code), keys.LastAnswered(code), keys.Answers(code, index), keys.Tally(code, index),
                keys.Scores(code), keys.Answered(code),
            ],
            [
                student.Value, index, option, now.ToUnixTimeMilliseconds(),
                (now + settings.SessionLifetime + settings.ResultsKept).ToUnixTimeSeconds(), AttemptTag(attempt),
            ]);
        if (outcome == 0)
        {
            signals.Publish(code);
        }

        return outcome switch
        {
            0 => ClassAnswerOutcome.Counted,
            1 => ClassAnswerOutcome.AlreadyAnswered,
            2 => ClassAnswerOutcome.TooLate,
            _ => ClassAnswerOutcome.NotSeated,
        };
    }

    // An activity id has any length; a short hash of it tells one attempt from another.
    private static string AttemptTag(string attempt) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(attempt)))[..12];

    // The school's reach counts the student once (first touch rules as for any code), and the dashboard's per-province
    // and per-school counts of students reached in class.
    private async Task CountNewStudentAsync(
        string code, UserHash student, string channel, string school, string province, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var counts = new List<Task>();
        if (province.Length > 0)
        {
            counts.Add(database.HashIncrementAsync(keys.StudentsByProvince(), province));
        }

        if (school.Length > 0)
        {
            counts.Add(database.HashIncrementAsync(keys.StudentsBySchool(), school));
            counts.Add(referrals.TouchAsync(school, student, channel, now, cancellationToken));
        }

        try
        {
            await Task.WhenAll(counts);
        }
        catch (RedisException exception)
        {
            // The seat is taken; a lost count is logged, never a lost student.
            logger.ClassCountFailed(code, exception.GetType().Name);
        }
    }

    // {phase, index, ends, name, lang, total, qid}
    private static ClassProgress Progress(RedisResult[] fields, string lastAnswered)
    {
        var index = (int)fields[1];
        return new ClassProgress(
            ClassStore.ParsePhase(fields[0].ToString()),
            ClassStore.ParseLang(fields[4].ToString()),
            index,
            (int)fields[5],
            string.IsNullOrEmpty(fields[6].ToString()) ? null : fields[6].ToString(),
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(fields[2].ToString(), CultureInfo.InvariantCulture)),
            lastAnswered == index.ToString(CultureInfo.InvariantCulture));
    }
}

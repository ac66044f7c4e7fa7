using System.Globalization;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Campaign;

/// <summary>Quiz results and "talk to someone" entries: plain increments, each record in one MULTI/EXEC (one round
/// trip, all or nothing) over keys that share a hash tag.</summary>
internal sealed class AggregateCounters(IConnectionMultiplexer multiplexer, RedisKeys keys)
{
    public const string Completions = "completions";

    /// <summary>Counts a finished quiz in the total and per day, channel and (normalised) referral code.</summary>
    public Task CountQuizAsync(QuizRecord quiz, string? referralCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentException.ThrowIfNullOrWhiteSpace(quiz.Channel);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quiz.Questions);
        ArgumentOutOfRangeException.ThrowIfNegative(quiz.Score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quiz.Score, quiz.Questions);

        var day = CampaignDay.Of(quiz.At);
        var channel = quiz.Channel.ToLowerInvariant();
        RedisKey[] counted =
        [
            keys.QuizTotal(), keys.QuizByDay(day), keys.QuizByChannel(channel),
            .. referralCode is null ? Array.Empty<RedisKey>() : [keys.QuizByCode(referralCode)],
        ];
        var score = string.Create(CultureInfo.InvariantCulture, $"score_{quiz.Score}");

        // All keys carry {quiz}: completions and the score distribution stay in step.
        var transaction = multiplexer.GetDatabase().CreateTransaction();
        var increments = counted
            .SelectMany(key => new[] { transaction.HashIncrementAsync(key, Completions), transaction.HashIncrementAsync(key, score) })
            .ToList();

        // The day's combinations for the staff export: one field for completions and one per score.
        increments.Add(transaction.HashIncrementAsync(keys.QuizMix(day), CountedMix.Of(channel, referralCode, Completions)));
        increments.Add(transaction.HashIncrementAsync(keys.QuizMix(day), CountedMix.Of(channel, referralCode, score)));
        if (referralCode is not null)
        {
            // The code's quizzes per day, for its stats page.
            increments.Add(transaction.HashIncrementAsync(keys.QuizByCodeDay(referralCode), day));
        }

        return CommitAsync(transaction, increments, cancellationToken);
    }

    /// <summary>Counts an entry into "talk to someone" by day, channel and how it was reached; nothing the user wrote.</summary>
    public Task CountTalkAsync(TalkRecord talk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentException.ThrowIfNullOrWhiteSpace(talk.Channel);

        var day = CampaignDay.Of(talk.At);
        var channel = talk.Channel.ToLowerInvariant();
        var entry = talk.Entry.ToString().ToLowerInvariant();

        // All keys carry {talk}.
        var transaction = multiplexer.GetDatabase().CreateTransaction();
        List<Task<long>> increments =
        [
            transaction.HashIncrementAsync(keys.TalkByDay(), day),
            transaction.HashIncrementAsync(keys.TalkByChannel(), channel),
            transaction.HashIncrementAsync(keys.TalkByEntry(), entry),
            transaction.HashIncrementAsync(keys.TalkMix(day), CountedMix.Of(channel, entry)),
        ];
        if (talk.Category is { Length: > 0 } category)
        {
            // "web|safety.self_harm" beside "web|safety": the safety export's columns per category of danger.
            increments.Add(transaction.HashIncrementAsync(keys.TalkMix(day), CountedMix.Of(channel, $"{entry}.{category}")));
        }

        return CommitAsync(transaction, increments, cancellationToken);
    }

    private static async Task CommitAsync(ITransaction transaction, List<Task<long>> increments, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!await transaction.ExecuteAsync().WaitAsync(cancellationToken))
        {
            throw new RedisException("The store did not commit the counters.");
        }

        await Task.WhenAll(increments).WaitAsync(cancellationToken);
    }
}

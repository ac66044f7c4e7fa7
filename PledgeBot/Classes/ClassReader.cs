using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Classes;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Classes;

/// <summary>Reads what the teacher's screen and the results show from the store and the content (question texts in
/// the class's language).</summary>
public sealed class ClassReader(ClassStore store, IContentSource content)
{
    private const int MostMissed = 3;
    private const int RankingSize = 5;

    public async Task<ClassScreen> ScreenAsync(ClassSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        var catalog = content.Current;
        var joined = await store.JoinedAsync(session.Code);
        ClassScreenQuestion? question = null;
        ClassDistribution? distribution = null;
        ClassEndSummary? summary = null;
        if (session.Phase is ClassPhase.Question or ClassPhase.Reveal
            && ClassMessages.Find(catalog, session.Language, session.QuestionId) is { } asked)
        {
            question = new ClassScreenQuestion(
                session.Index, session.Questions.Count, asked.Id, asked.Question, [.. asked.Options.Select(o => o.Text)], session.EndsAt);
            if (session.Phase == ClassPhase.Reveal)
            {
                var tally = await store.TallyAsync(session.Code, session.Index);
                distribution = new ClassDistribution(
                    session.Index, [.. asked.Options.Select((_, i) => tally.GetValueOrDefault(i))], ClassMessages.CorrectOption(asked), asked.Explanation);
            }
        }

        if (session.Phase == ClassPhase.Ended)
        {
            var results = await ResultsAsync(session, cancellationToken);
            var missed = results.Questions.Where(q => q.Answered > 0).OrderBy(q => q.PercentCorrect).ThenBy(q => q.Index).Take(MostMissed)
                .Select(q => new ClassMissedQuestion(q.Index, q.Text, q.PercentCorrect)).ToArray();
            summary = new ClassEndSummary(results.ScoreDistribution, missed, results.Ranking?.Take(RankingSize).ToArray());
        }

        return new ClassScreen(
            session.Code, session.Name, ClassStore.Lang(session.Language), ClassStore.Phase(session.Phase), joined, session.Questions.Count,
            question, session.AnsweredNow, distribution, summary);
    }

    public async Task<ClassResults> ResultsAsync(ClassSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        var catalog = content.Current;
        var asked = session.Phase == ClassPhase.Lobby ? 0 : Math.Min(session.Index + 1, session.Questions.Count);
        var tallies = await Task.WhenAll(Enumerable.Range(0, asked).Select(i => store.TallyAsync(session.Code, i)));
        var questions = new List<ClassQuestionResult>();
        for (var i = 0; i < asked; i++)
        {
            var question = ClassMessages.Find(catalog, session.Language, session.Questions[i]);
            var options = Math.Max(question?.Options.Count ?? 0, tallies[i].Count == 0 ? 0 : tallies[i].Keys.Max() + 1);
            var answers = Enumerable.Range(0, options).Select(o => tallies[i].GetValueOrDefault(o)).ToArray();
            var answered = answers.Sum();
            var correct = question is null ? 0 : tallies[i].GetValueOrDefault(ClassMessages.CorrectOption(question));
            questions.Add(new ClassQuestionResult(i, session.Questions[i], question?.Question ?? string.Empty, answers, answered, correct, Percent(correct, answered)));
        }

        var scores = await store.ScoresAsync(session.Code);
        var done = await store.AnsweredCountsAsync(session.Code);
        var seats = await store.SeatsAsync(session.Code);
        var active = done.Where(d => d.Value > 0).Select(d => d.Key).ToArray();
        var summary = new ClassResultSummary(
            seats.Count,
            active.Length,
            asked == 0 ? 0 : done.Count(d => d.Value >= asked),
            active.Length == 0 ? 0 : Math.Round(active.Average(student => (double)scores.GetValueOrDefault(student)), 2));
        // Students per score over the questions asked: a class ended early has no bars for questions never asked.
        var distribution = new long[asked + 1];
        foreach (var student in seats.Keys)
        {
            distribution[Math.Clamp(scores.GetValueOrDefault(student), 0, asked)]++;
        }

        return new ClassResults(
            session.Code, session.Name, ClassStore.Lang(session.Language), ClassStore.Phase(session.Phase), questions,
            summary, session.PrePost ? Gains(session, questions) : null,
            session.ShowRanking ? Ranking(seats, scores) : null, distribution);
    }

    // With pre/post the first three questions come again as the last three: the gain is the second share right
    // minus the first, in percentage points, once both were asked.
    private static IReadOnlyList<ClassGain> Gains(ClassSession session, List<ClassQuestionResult> questions)
    {
        var count = session.PrePostCount;
        var post = session.Questions.Count - count;
        return [.. Enumerable.Range(0, count)
            .Where(i => post + i < questions.Count)
            .Select(i => new ClassGain(
                questions[i].Id, questions[i].Text, questions[i].PercentCorrect, questions[post + i].PercentCorrect,
                Math.Round(Share(questions[post + i]) - Share(questions[i]), 1)))];
    }

    private static IReadOnlyList<ClassRankEntry> Ranking(IReadOnlyDictionary<string, string> seats, IReadOnlyDictionary<string, int> scores) =>
        [.. seats.Select(seat => new ClassRankEntry(seat.Value, scores.GetValueOrDefault(seat.Key)))
            .OrderByDescending(entry => entry.Score).ThenBy(entry => entry.Nickname, StringComparer.Ordinal)];

    private static double Share(ClassQuestionResult question) =>
        question.Answered == 0 ? 0 : 100.0 * question.Correct / question.Answered;

    private static double Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}

using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>Draws a round's questions from the bank: distinct, in random order.</summary>
public static class QuizDraw
{
    /// <summary>Up to <paramref name="count"/> distinct question ids. Ids are sorted before the shuffle, so a draw
    /// depends only on <paramref name="random"/>, not on the language or the order of the content files.</summary>
    public static IReadOnlyList<string> Questions(IEnumerable<QuizQuestion> bank, Random random, int count)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(random);
        var ids = bank.Select(question => question.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(ids);
        return ids[..Math.Min(count, ids.Length)];
    }
}

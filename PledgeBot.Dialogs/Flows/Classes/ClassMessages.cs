using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Classes;

/// <summary>What a student reads during a class: the question with its answer buttons, the line after the reveal, the
/// score and badge at the end. The same words whether the bot answers in the student's turn or the host sends them.</summary>
public static class ClassMessages
{
    public static QuizQuestion? Find(ContentCatalog content, Language language, string? questionId)
    {
        ArgumentNullException.ThrowIfNull(content);
        return questionId is null ? null : content.Quiz(language).FirstOrDefault(question => question.Id == questionId);
    }

    public static int CorrectOption(QuizQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Options.Select((option, i) => (option, i)).First(pair => pair.option.Id == question.Answer).i;
    }

    /// <summary>Question <paramref name="index"/> (from 0) of <paramref name="total"/>, with its options lettered and
    /// as buttons, and the seconds left on the countdown.</summary>
    public static ClassLine Question(ContentCatalog content, Language language, QuizQuestion question, int index, int total, int secondsLeft)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(question);
        var text = content.Get(
            language,
            ClassText.Question,
            ("number", QuizCard.Number(index + 1)),
            ("total", QuizCard.Number(total)),
            ("question", question.Question),
            ("options", string.Join('\n', question.Options.Select((option, i) => $"{QuizCard.Letter(i)}. {option.Text}"))),
            ("seconds", QuizCard.Number(Math.Max(0, secondsLeft))));
        return new ClassLine(language, text, QuizCard.Actions(question));
    }

    /// <summary>The line after the reveal: right, wrong (with the right answer) or not answered, and why.</summary>
    public static ClassLine Reveal(ContentCatalog content, Language language, QuizQuestion question, int? chosen)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(question);
        var correct = CorrectOption(question);
        var explanation = ("explanation", question.Explanation);
        var text = chosen == correct
            ? content.Get(language, ClassText.Right, explanation)
            : content.Get(
                language,
                chosen is null ? ClassText.Missed : ClassText.Wrong,
                ("letter", QuizCard.Letter(correct)),
                ("answer", question.Options[correct].Text),
                explanation);
        return new ClassLine(language, text);
    }

    /// <summary>The student's score with the quiz's badge, and the menu's games to carry on with.</summary>
    public static ClassLine End(ContentCatalog content, Language language, int score, int total)
    {
        ArgumentNullException.ThrowIfNull(content);
        var badge = content.Get(language, QuizResult.Badge(score, total));
        var text = content.Get(language, ClassText.End, ("score", QuizCard.Number(score)), ("total", QuizCard.Number(total)), ("badge", badge));
        return new ClassLine(language, text, ChoiceActions.For(content, language, MainMenu.Choices));
    }

    /// <summary>The option a typed or tapped answer picks: A–D, 1–4 or the option's words; null when none.</summary>
    public static int? Pick(ContentCatalog content, string input, QuizQuestion question)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(question);
        var other = content.Quiz(Language.English).Concat(content.Quiz(Language.Vietnamese))
            .FirstOrDefault(candidate => candidate.Id == question.Id && !ReferenceEquals(candidate, question));
        return QuizCard.Match(input, question, other).Picked;
    }

    /// <summary>The animal of a nickname ("Cá heo"), picked by <paramref name="seed"/>; the number comes from the seat.</summary>
    public static string Animal(ContentCatalog content, Language language, int seed)
    {
        ArgumentNullException.ThrowIfNull(content);
        var animals = content.Get(language, ClassText.Animals).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return animals[(int)((uint)seed % (uint)animals.Length)];
    }
}

using System.Globalization;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;

namespace PledgeBot.Tests.Flows.Quiz;

/// <summary>The questions of one predicted round, numbered from 1 as the bot numbers them, with the answers a test
/// gives and the arguments of the texts the bot should answer with.</summary>
public sealed class QuizRound(ContentCatalog content, Language language, IReadOnlyList<string> ids)
{
    private readonly QuizQuestion[] _questions = ids.Select(id => content.Quiz(language).Single(q => q.Id == id)).ToArray();

    public IReadOnlyList<string> Ids => ids;

    public int Count => _questions.Length;

    public QuizRound In(Language other) => new(content, other, ids);

    public QuizQuestion Question(int number) => _questions[number - 1];

    public string RightLetter(int number) => Letter(RightIndex(number));

    public string WrongLetter(int number) => Letter(RightIndex(number) == 0 ? 1 : 0);

    public string RightNumber(int number) => Number(RightIndex(number) + 1);

    public string RightText(int number) => Question(number).Options[RightIndex(number)].Text;

    public string RightButton(int number) => Buttons(number)[RightIndex(number)];

    /// <summary>The option texts when all fit a quick reply (20 characters), otherwise A, B, C.</summary>
    public string[] Buttons(int number)
    {
        var options = Question(number).Options;
        return options.All(o => o.Text.Length <= 20) ? options.Select(o => o.Text).ToArray() : options.Select((_, i) => Letter(i)).ToArray();
    }

    public (string Name, string Value)[] QuestionArguments(int number) =>
    [
        ("number", Number(number)),
        ("total", Number(Count)),
        ("question", Question(number).Question),
        ("options", string.Join('\n', Question(number).Options.Select((o, i) => $"{Letter(i)}. {o.Text}"))),
    ];

    public string QuestionText(int number) => content.Get(language, QuizText.Question, QuestionArguments(number));

    public (string Name, string Value)[] FeedbackArguments(int number) =>
    [
        ("letter", RightLetter(number)),
        ("answer", RightText(number)),
        ("explanation", Question(number).Explanation),
    ];

    private int RightIndex(int number)
    {
        var question = Question(number);
        return question.Options.Select(o => o.Id).ToList().IndexOf(question.Answer);
    }

    private static string Letter(int index) => ((char)('A' + index)).ToString();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Dialogs.Flows.Quiz;

/// <summary>A quiz question as the user sees it — "Question 2 of 5", the question, its options lettered A, B, C — and
/// how a typed or tapped answer maps back to one of its options.</summary>
internal static class QuizCard
{
    /// <summary>The question the round is at, in <paramref name="language"/>; null when the content no longer has it.</summary>
    public static QuizQuestion? Current(ContentCatalog content, Language language, QuizState state) =>
        state.Index < state.Questions.Count
            ? content.Quiz(language).FirstOrDefault(question => question.Id == state.Questions[state.Index])
            : null;

    public static string Letter(int index) => ((char)('A' + index)).ToString();

    public static string Text(TurnContext turn, QuizState state, QuizQuestion question) =>
        turn.Content.Get(
            turn.Language,
            QuizText.Question,
            ("number", Number(state.Index + 1)),
            ("total", Number(state.Questions.Count)),
            ("question", question.Question),
            ("options", string.Join('\n', question.Options.Select((option, i) => $"{Letter(i)}. {option.Text}"))));

    /// <summary>The options' own words when every one fits a quick reply, otherwise A, B, C for all of them: a row
    /// mixing words and letters reads as if the letters were answers of their own. The letters are always in the text
    /// ("A. Lừa đảo"), so "A" or "b" typed is understood either way.</summary>
    public static SuggestedActions Actions(QuizQuestion question) => NumberedChoices.Buttons(Titles(question));

    public static IReadOnlyList<string> Titles(QuizQuestion question)
    {
        var fits = question.Options.All(option => option.Text.Length <= CampaignListRules.MaxLabelLength);
        return [.. question.Options.Select((option, i) => fits ? option.Text : Letter(i))];
    }

    /// <summary>The id of the option <paramref name="input"/> picks: A/B/C, 1/2/3, or an option's words in either
    /// language (the same question in the other language lends its option texts).</summary>
    public static string? Recognize(string input, QuizQuestion question, QuizQuestion? translation) =>
        Match(input, question, translation).Picked is { } index ? question.Options[index].Id : null;

    public static ChoiceMatch Match(string input, QuizQuestion question, QuizQuestion? translation)
    {
        var phrases = question.Options
            .Select(option => (IEnumerable<string>)
            [
                option.Text,
                .. translation?.Options.Where(other => other.Id == option.Id).Select(other => other.Text) ?? [],
            ])
            .ToArray();
        return ChoiceRecognizer.Match(input, phrases);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

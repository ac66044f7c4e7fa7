using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;

namespace PledgeBot.Tests.Flows.Quiz;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class QuizCardTests
{
    [Fact]
    public void Uses_the_option_words_as_buttons_when_all_fit_a_quick_reply()
    {
        var question = Question("Gọi 113", "Cúp máy, kể gia đình", "Im lặng");

        var actions = QuizCard.Actions(question).Actions;

        Assert.Equal(["Gọi 113", "Cúp máy, kể gia đình", "Im lặng"], actions.Select(a => a.Title));
        Assert.Equal(["Gọi 113", "Cúp máy, kể gia đình", "Im lặng"], actions.Select(a => a.ValueText));
    }

    [Fact]
    public void Uses_letters_for_every_button_when_one_option_is_too_long_for_a_quick_reply()
    {
        var question = Question("Gọi 113", "Báo người lớn, gọi 113 ngay", "Im lặng");

        var actions = QuizCard.Actions(question).Actions;

        Assert.Equal(["A", "B", "C"], actions.Select(a => a.Title));
        Assert.Equal(["A", "B", "C"], actions.Select(a => a.ValueText));
    }

    [Theory]
    [InlineData("b", "y")]
    [InlineData("B.", "y")]
    [InlineData("2", "y")]
    [InlineData("số 3", "z")]
    [InlineData("im lang", "z")]
    [InlineData("Stay quiet", "z")]
    [InlineData("mình chọn gọi 113 nha", "x")]
    public void Recognises_a_letter_a_number_or_an_options_words_in_either_language(string input, string expected)
    {
        var question = Question("Gọi 113", "Báo người lớn", "Im lặng");
        var translation = Question("Call 113", "Tell an adult", "Stay quiet");

        Assert.Equal(expected, QuizCard.Recognize(input, question, translation));
    }

    [Theory]
    [InlineData("d")]
    [InlineData("4")]
    [InlineData("có lẽ")]
    [InlineData("")]
    public void Recognises_nothing_when_no_option_is_meant(string input)
    {
        var question = Question("Gọi 113", "Báo người lớn", "Im lặng");

        Assert.Null(QuizCard.Recognize(input, question, translation: null));
    }

    [Theory]
    [InlineData(5, "quiz.badgeGold")]
    [InlineData(4, "quiz.badgeSilver")]
    [InlineData(3, "quiz.badgeSilver")]
    [InlineData(2, "quiz.badgeTryAgain")]
    [InlineData(0, "quiz.badgeTryAgain")]
    public void Awards_gold_for_five_silver_for_three_or_four_and_try_again_below(int score, string badge)
    {
        Assert.Equal(badge, QuizResult.Badge(score, QuizFlow.RoundLength).Value);
    }

    private static QuizQuestion Question(string a, string b, string c) => new()
    {
        Id = "test",
        Question = "?",
        Options = [new() { Id = "x", Text = a }, new() { Id = "y", Text = b }, new() { Id = "z", Text = c }],
        Answer = "x",
        Explanation = "!",
    };
}

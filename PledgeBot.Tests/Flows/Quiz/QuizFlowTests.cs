using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Flows.Welcome;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Flows.Quiz;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class QuizFlowTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "quiz")]
    [InlineData(Language.Vietnamese, "do vui")]
    [InlineData(Language.Vietnamese, "2")]
    [InlineData(Language.English, "quiz")]
    [InlineData(Language.English, "2")]
    public async Task Plays_five_questions_from_the_menu_and_awards_gold_for_five_right_answers(Language language, string menuEntry)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round, menuEntry)
            .AnswersRight(round, 1, round.RightLetter(1))
            .AnswersRight(round, 2, round.RightLetter(2))
            .AnswersRight(round, 3, round.RightLetter(3))
            .AnswersRight(round, 4, round.RightLetter(4))
            .AnswersRight(round, 5, round.RightLetter(5))
            .Scores(game, 5, QuizText.BadgeGold)
            .RunAsync();

        var record = Assert.Single(game.Bot.Ledger.Quizzes);
        Assert.Equal(5, record.Score);
        Assert.Equal(5, record.Questions);
        Assert.Equal(new FakePseudonymizer().HashUser(Channels.Test, game.Bot.UserId), record.User);
        Assert.Equal(Channels.Test, record.Channel);
        Assert.Null(record.ReferralCode);
        Assert.Equal(QuizGame.Now, record.At);
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Explains_wrong_answers_and_awards_silver_for_three_right(Language language)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round)
            .AnswersWrong(round, 1)
            .AnswersRight(round, 2, round.RightLetter(2))
            .AnswersRight(round, 3, round.RightLetter(3))
            .AnswersWrong(round, 4)
            .AnswersRight(round, 5, round.RightLetter(5))
            .Scores(game, 3, QuizText.BadgeSilver)
            .RunAsync();

        Assert.Equal(3, Assert.Single(game.Bot.Ledger.Quizzes).Score);
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Encourages_a_try_again_when_fewer_than_three_answers_are_right(Language language)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round)
            .AnswersWrong(round, 1)
            .AnswersWrong(round, 2)
            .AnswersRight(round, 3, round.RightLetter(3))
            .AnswersWrong(round, 4)
            .AnswersWrong(round, 5)
            .Scores(game, 1, QuizText.BadgeTryAgain)
            .RunAsync();

        Assert.Equal(1, Assert.Single(game.Bot.Ledger.Quizzes).Score);
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Understands_answers_typed_as_letters_numbers_or_option_words_without_diacritics(Language language)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round)
            .AnswersRight(round, 1, round.RightLetter(1).ToLowerInvariant())
            .AnswersRight(round, 2, round.RightNumber(2))
            .AnswersRight(round, 3, TextFolding.Fold(round.RightText(3)))
            .AnswersRight(round, 4, round.RightButton(4))
            .AnswersRight(round, 5, round.RightText(5).ToUpperInvariant() + "!")
            .Scores(game, 5, QuizText.BadgeGold)
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Draws_a_new_set_of_questions_when_the_user_plays_again(Language language)
    {
        var game = new QuizGame(language);
        var first = game.NextRound();
        var second = game.NextRound();
        var playAgain = game.Content.ChoiceTitle(language, MainMenu.Quiz);

        await game.Start(first)
            .AnswersAllRight(first)
            .Scores(game, 5, QuizText.BadgeGold)
            .User(playAgain)
            .Introduces(second)
            .AnswersAllRight(second)
            .Scores(game, 5, QuizText.BadgeGold)
            .RunAsync();

        Assert.NotEqual(first.Ids.Order(), second.Ids.Order());
        Assert.Equal(2, game.Bot.Ledger.Quizzes.Count);
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Offers_to_play_again_or_take_the_pledge_with_buttons_the_main_menu_understands(Language language)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();
        await game.Bot.SendAsync(game.Bot.Message("quiz"));
        TurnResult? last = null;
        for (var number = 1; number <= round.Count; number++)
        {
            last = await game.Bot.SendAsync(game.Bot.Message(round.RightLetter(number)));
        }

        var offer = last!.Replies[^1];
        var values = offer.SuggestedActions!.Actions.Select(action => action.ValueText ?? string.Empty).ToArray();
        var again = await game.Bot.SendAsync(game.Bot.Message(values[0]));

        Assert.Equal(game.Content.Get(language, QuizText.Offer), offer.Text);
        Assert.Equal([MainMenu.Quiz, MainMenu.Pledge], values.Select(value => MainMenu.Recognize(new TurnContext(game.Bot.Message(value), TimeProvider.System, game.Content))));
        Assert.Equal(game.NextRound().QuestionText(1), again.Replies[1].Text);
    }
}

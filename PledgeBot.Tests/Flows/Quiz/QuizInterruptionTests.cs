using Microsoft.Extensions.DependencyInjection;
using Moq;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Tests.Flows.Quiz;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class QuizInterruptionTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "tím", "4")]
    [InlineData(Language.English, "purple", "d")]
    public async Task Asks_the_same_question_again_with_a_hint_when_the_answer_is_not_understood(Language language, string unknown, string outOfRange)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();
        var hint = game.Content.Get(language, QuizText.NotUnderstood);

        await game.Start(round)
            .AnswersRight(round, 1, round.RightLetter(1))
            .User(unknown).AsksAgain(round, 2, hint)
            .User(outOfRange).AsksAgain(round, 2, hint)
            .AnswersRight(round, 2, round.RightLetter(2))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Stops_asking_after_three_answers_it_does_not_understand_keeps_the_round_and_carries_on(Language language)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();
        var hint = game.Content.Get(language, QuizText.NotUnderstood);
        var carryOn = game.Content.ChoiceTitle(language, "prompts.carryOn");
        var transcript = game.Start(round);

        await transcript
            .User("qwe").AsksAgain(round, 1, hint)
            .User("xyz").AsksAgain(round, 1, hint)
            .User("9")
            .Bot(Text.Prompts.GiveUp, carryOn, "🏠 Menu", game.Content.ChoiceTitle(language, "menu.talk"))
            .User(carryOn).Asks(round, 1)
            .AnswersRight(round, 1, round.RightLetter(1))
            .RunAsync();

        Assert.Empty(game.Bot.Ledger.Quizzes);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "▶️ Tiếp tục đố vui")]
    [InlineData(Language.English, "▶️ Continue quiz")]
    public async Task Resumes_the_round_from_the_menu_at_the_question_it_left(Language language, string resume)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();
        var transcript = game.Start(round);

        await transcript
            .AnswersRight(round, 1, round.RightLetter(1))
            .User("menu").Bot(Text.Menu.Prompt, [resume, .. transcript.MenuTitles()])
            .User(resume).Asks(round, 2)
            .AnswersRight(round, 2, round.RightLetter(2))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "cứu em")]
    [InlineData(Language.Vietnamese, "cuu em")]
    [InlineData(Language.English, "help me")]
    [InlineData(Language.English, "cứu em")]
    public async Task Offers_help_mid_quiz_and_asks_the_same_question_again_only_when_the_user_carries_on(Language language, string plea)
    {
        var game = new QuizGame(language);
        var round = game.NextRound();

        await game.Start(round)
            .AnswersRight(round, 1, round.RightLetter(1))
            .User(plea)
            .Bot(Text.Help.Offer).BotMentions("111")
            .User(game.Content.ChoiceTitle(language, SafetyText.LaterChoice)).Bot(SafetyText.Later)
            .User(game.Content.ChoiceTitle(language, SafetyText.CarryOnChoice)).Bot(SafetyText.Resume)
            .Asks(round, 2)
            .AnswersRight(round, 2, round.RightLetter(2))
            .AnswersRight(round, 3, round.RightLetter(3))
            .AnswersRight(round, 4, round.RightLetter(4))
            .AnswersRight(round, 5, round.RightLetter(5))
            .Scores(game, 5, QuizText.BadgeGold)
            .RunAsync();

        Assert.Equal(5, Assert.Single(game.Bot.Ledger.Quizzes).Score);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "dừng")]
    [InlineData(Language.Vietnamese, "dung")]
    [InlineData(Language.English, "stop")]
    public async Task Stops_mid_quiz_on_a_stop_word_and_records_nothing(Language language, string stop)
    {
        var ledger = new Mock<ICampaignLedger>(MockBehavior.Strict);
        var game = new QuizGame(language, services => services.AddSingleton(ledger.Object));
        var round = game.NextRound();
        var transcript = game.Start(round);

        await transcript
            .AnswersRight(round, 1, round.RightLetter(1))
            .AnswersWrong(round, 2)
            .User(stop)
            .Bot(Text.Commands.Cancelled, transcript.MenuTitles())
            .RunAsync();

        ledger.Verify(l => l.RecordQuizAsync(It.IsAny<QuizRecord>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Asks_the_pending_question_in_English_after_a_language_switch_and_keeps_the_score()
    {
        var game = new QuizGame(Language.Vietnamese);
        var round = game.NextRound();
        var english = round.In(Language.English);

        await game.Start(round)
            .AnswersRight(round, 1, round.RightLetter(1))
            .User("English")
            .Speaking(Language.English)
            .Bot(Text.Commands.LanguageSwitched)
            .Asks(english, 2)
            .AnswersRight(english, 2, english.RightText(2))
            .AnswersRight(english, 3, english.RightLetter(3))
            .AnswersRight(english, 4, english.RightLetter(4))
            .AnswersWrong(english, 5)
            .Bot(QuizText.Score, [("score", "4"), ("total", "5"), ("badge", game.Content.Get(Language.English, QuizText.BadgeSilver))])
            .Bot(QuizText.Offer)
            .RunAsync();

        Assert.Equal(4, Assert.Single(game.Bot.Ledger.Quizzes).Score);
    }
}

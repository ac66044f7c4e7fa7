using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;

namespace PledgeBot.Tests.Flows.Quiz;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class QuizContentChangeTests
{
    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Ends_the_round_kindly_when_staff_remove_the_question_being_asked(Language language)
    {
        var content = new SwitchableContent();
        var game = new QuizGame(language, services => services.Replace(ServiceDescriptor.Singleton<IContentSource>(content)));
        var round = game.NextRound();
        await game.Start(round).AnswersRight(round, 1, round.RightLetter(1)).RunAsync();

        content.RemoveQuestion(round.Question(2).Id);

        await game.Bot.Transcript()
            .User(round.RightLetter(2))
            .BotWithMenu(QuizText.Updated)
            .RunAsync();
        Assert.Empty(game.Bot.Ledger.Quizzes);
    }
}

using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Quiz;

namespace PledgeBot.Tests.Flows.Quiz;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class QuizDrawTests
{
    private static readonly ContentCatalog s_content = EmbeddedContent.Load();

    [Fact]
    public void Never_repeats_a_question_within_a_round()
    {
        var bank = s_content.Quiz(Language.Vietnamese);
        var ids = bank.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var random = new Random(7);

        for (var round = 0; round < 2000; round++)
        {
            var drawn = QuizDraw.Questions(bank, random, QuizFlow.RoundLength);

            Assert.Equal(QuizFlow.RoundLength, drawn.Count);
            Assert.Equal(QuizFlow.RoundLength, drawn.Distinct(StringComparer.Ordinal).Count());
            Assert.All(drawn, id => Assert.Contains(id, ids));
        }
    }

    [Fact]
    public void Brings_up_every_question_of_the_bank_sooner_or_later()
    {
        var bank = s_content.Quiz(Language.English);
        var random = new Random(11);

        var seen = Enumerable.Range(0, 500).SelectMany(_ => QuizDraw.Questions(bank, random, QuizFlow.RoundLength)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(bank.Count, seen.Count);
    }

    [Fact]
    public void Draws_the_same_questions_from_the_same_seed_in_either_language()
    {
        var vietnamese = QuizDraw.Questions(s_content.Quiz(Language.Vietnamese), new Random(3), QuizFlow.RoundLength);
        var english = QuizDraw.Questions(s_content.Quiz(Language.English), new Random(3), QuizFlow.RoundLength);

        Assert.Equal(vietnamese, english);
    }

    [Fact]
    public void Draws_the_whole_bank_when_it_holds_fewer_questions_than_a_round()
    {
        var bank = s_content.Quiz(Language.Vietnamese).Take(3).ToArray();

        var drawn = QuizDraw.Questions(bank, new Random(5), QuizFlow.RoundLength);

        Assert.Equal(bank.Select(q => q.Id).Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
    }
}

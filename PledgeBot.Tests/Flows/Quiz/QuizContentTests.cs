using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Flows.Quiz;

namespace PledgeBot.Tests.Flows.Quiz;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class QuizContentTests
{
    private static readonly ContentCatalog s_content = EmbeddedContent.Load();

    public static TheoryData<Language> Languages => new(Language.Vietnamese, Language.English);

    [Fact]
    public void Ships_at_least_24_questions_with_the_same_ids_in_both_languages()
    {
        var vietnamese = s_content.Quiz(Language.Vietnamese).Select(q => q.Id).ToArray();
        var english = s_content.Quiz(Language.English).Select(q => q.Id).ToArray();

        Assert.True(vietnamese.Length >= 24, $"{vietnamese.Length} questions");
        Assert.Equal(vietnamese.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        Assert.Equal(vietnamese.Length, vietnamese.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Gives_every_question_three_options_with_its_right_answer_among_them(Language language)
    {
        foreach (var question in s_content.Quiz(language))
        {
            Assert.Equal(3, question.Options.Count);
            Assert.Single(question.Options, option => option.Id == question.Answer);
            Assert.False(string.IsNullOrWhiteSpace(question.Explanation), question.Id);
        }
    }

    [Fact]
    public void Marks_the_same_option_right_in_both_languages()
    {
        var english = s_content.Quiz(Language.English).ToDictionary(q => q.Id);

        foreach (var question in s_content.Quiz(Language.Vietnamese))
        {
            Assert.Equal(question.Answer, english[question.Id].Answer);
            Assert.Equal(question.Options.Select(o => o.Id), english[question.Id].Options.Select(o => o.Id));
        }
    }

    [Fact]
    public void Has_every_quiz_text_in_both_languages()
    {
        var keys = typeof(QuizText).GetFields().Select(field => (TextKey)field.GetValue(null)!).ToList();

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrWhiteSpace(s_content.Get(Language.Vietnamese, key)), $"vi: {key}");
            Assert.False(string.IsNullOrWhiteSpace(s_content.Get(Language.English, key)), $"en: {key}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Has_no_option_that_reads_as_a_command_however_it_is_typed(Language language)
    {
        var options = s_content.Quiz(language).SelectMany(q => q.Options.Select(o => o.Text));

        foreach (var text in options)
        {
            Assert.Equal(GlobalCommand.None, GlobalCommands.Recognize(text, s_content));
            Assert.Equal(GlobalCommand.None, GlobalCommands.Recognize(TextFolding.Fold(text), s_content));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Recognises_every_option_from_its_own_words_typed_without_diacritics(Language language)
    {
        var other = language == Language.Vietnamese ? Language.English : Language.Vietnamese;

        foreach (var question in s_content.Quiz(language))
        {
            var translation = s_content.Quiz(other).Single(q => q.Id == question.Id);
            foreach (var option in question.Options)
            {
                Assert.Equal(option.Id, QuizCard.Recognize(TextFolding.Fold(option.Text), question, translation));
            }
        }
    }
}

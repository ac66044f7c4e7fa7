using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Content;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class PluralAndSourceRulesTests
{
    [Fact]
    public void Picks_the_english_one_form_for_exactly_one_and_the_other_form_otherwise()
    {
        var content = EmbeddedContent.Load();

        var one = content.Plural(Language.English, new TextKey("pledge.provinceCount"), 1, ("province", "Huế"));
        var two = content.Plural(Language.English, new TextKey("pledge.provinceCount"), 2, ("province", "Huế"));
        var many = content.Plural(Language.English, new TextKey("pledge.provinceCount"), 1200, ("province", "Huế"));

        Assert.Equal("Huế now has 1 pledge.", one);
        Assert.Equal("Huế now has 2 pledges.", two);
        Assert.Equal("Huế now has 1,200 pledges.", many);
    }

    [Fact]
    public void Uses_the_single_vietnamese_form_for_every_number()
    {
        var content = EmbeddedContent.Load();

        Assert.Equal("Huế đã có 1 bạn cam kết.", content.Plural(Language.Vietnamese, new TextKey("pledge.provinceCount"), 1, ("province", "Huế")));
        Assert.Equal("Huế đã có 2 bạn cam kết.", content.Plural(Language.Vietnamese, new TextKey("pledge.provinceCount"), 2, ("province", "Huế")));
    }

    [Fact]
    public void Ships_no_plain_text_that_counts_without_a_plural_form()
    {
        var files = EmbeddedContent.Files().ToList();

        Assert.DoesNotContain(files, file => file.Json.Contains("(s)", StringComparison.Ordinal));
        Assert.NotNull(ContentLoader.Load(files));
    }

    [Fact]
    public void Rejects_a_plain_text_with_a_count_and_plurals_missing_a_form_or_the_count()
    {
        var files = EmbeddedContent.Files().Concat(
        [
            new ContentFile("vi/extra.json", """
                { "texts": { "x.links": "{count} link" },
                  "plurals": { "x.codes": { "one": "{count} mã", "other": "{count} mã" }, "x.cards": { "other": "thẻ" } } }
                """),
            new ContentFile("en/extra.json", """
                { "texts": { "x.links": "{count} link(s)" },
                  "plurals": { "x.codes": { "other": "{count} codes" }, "x.cards": { "one": "{count} card", "other": "cards" } } }
                """),
        ]);

        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Problems;

        Assert.Contains("en: text 'x.links' says {count}; put it under \"plurals\" with its one/other forms", problems);
        Assert.Contains("vi: text 'x.links' says {count}; put it under \"plurals\" with its one/other forms", problems);
        Assert.Contains("en: plural 'x.codes' needs a \"one\" form", problems);
        Assert.Contains("vi: plural 'x.codes' has a \"one\" form, which this language does not use", problems);
        Assert.Contains("en: plural 'x.cards' has a form without {count}", problems);
        Assert.Contains("vi: plural 'x.cards' has a form without {count}", problems);
    }

    [Fact]
    public void Rejects_a_plural_that_one_language_lacks()
    {
        var files = EmbeddedContent.Files().Append(new ContentFile("en/extra.json", """{ "plurals": { "x.codes": { "one": "{count} code", "other": "{count} codes" } } }"""));

        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Problems;

        Assert.Contains("vi: plural 'x.codes' is missing", problems);
    }

    [Fact]
    public void Ships_a_source_for_every_quiz_question_and_scenario_in_both_languages()
    {
        var content = EmbeddedContent.Load();

        foreach (var language in new[] { Language.Vietnamese, Language.English })
        {
            Assert.All(content.Quiz(language), question => Assert.False(string.IsNullOrWhiteSpace(question.Source), question.Id));
            Assert.All(content.Scenarios(language), scenario => Assert.False(string.IsNullOrWhiteSpace(scenario.Source), scenario.Id));
        }

        Assert.Contains("111", content.Quiz(Language.Vietnamese).Single(q => q.Id == "hotline-111").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_quiz_question_or_scenario_without_a_source()
    {
        var files = EmbeddedContent.Files().Select(file => file.Path is "vi/quiz.json" or "en/pledge.json"
            ? file with { Json = file.Json.Replace("\"source\":", "\"unused\":", StringComparison.Ordinal) }
            : file);

        var problems = Assert.Throws<ContentException>(() => ContentLoader.Load(files)).Problems;

        Assert.Contains("vi: quiz question 'hotline-111' has no source for its facts", problems);
        Assert.Contains("en: scenario 'photos' has no source for its facts", problems);
        Assert.DoesNotContain(problems, problem => problem.StartsWith("en: quiz question", StringComparison.Ordinal));
    }
}

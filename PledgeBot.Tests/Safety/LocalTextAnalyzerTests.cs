using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Tests.Safety;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class LocalTextAnalyzerTests
{
    private static Task<TextAnalysis> Analyze(string text, string? locale = null) =>
        SafetyTestContent.Analyzer.AnalyzeAsync(text, locale, CancellationToken.None);

    [Theory]
    [InlineData("Mình KHÔNG MUỐN SỐNG NỮA")]
    [InlineData("minh khong muon song nua")]
    [InlineData("k muốn sống nữa")]
    [InlineData("ko muon song")]
    [InlineData("hok muốn sống nữa")]
    [InlineData("mình   không    muốn sống")]
    [InlineData("khongmuonsong")]
    [InlineData("k h o n g muon song")]
    [InlineData("tu tu")]
    [InlineData("tự tử")]
    [InlineData("muốn chếtttt")]
    public async Task Reads_self_harm_however_it_is_typed(string text)
    {
        var analysis = await Analyze(text);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Contains(SafetyCategories.SelfHarm, analysis.Categories);
        Assert.True(analysis.DangerNow);
    }

    [Theory]
    [InlineData("i wish i was dead")]
    [InlineData("everyone would be better off without me")]
    [InlineData("no one would miss me anyway")]
    [InlineData("em chỉ muốn ngủ mãi không dậy")]
    public async Task Reads_a_wish_not_to_be_alive_as_self_harm(string text)
    {
        var analysis = await Analyze(text);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Contains(SafetyCategories.SelfHarm, analysis.Categories);
    }

    [Fact]
    public async Task Checks_in_on_a_wish_to_sleep_forever()
    {
        var analysis = await Analyze("i wish i could sleep forever");

        Assert.NotEqual(RiskLevel.None, analysis.Risk);
        Assert.Contains(SafetyCategories.SelfHarm, analysis.Categories);
    }

    [Theory]
    [InlineData("em muốn chết \uD800")]
    [InlineData("\uDC00em muốn chết")]
    [InlineData("\uDBFF\uDBFF em muốn chết")]
    public async Task Still_reads_danger_when_the_text_holds_a_lone_surrogate(string text)
    {
        var analysis = await Analyze(text);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Contains('\uFFFD', analysis.RedactedText);
        Assert.DoesNotContain(analysis.RedactedText, char.IsSurrogate);
    }

    [Theory]
    [InlineData("từ từ")]
    [InlineData("từ từ thôi")]
    [InlineData("tu tu thoi")]
    [InlineData("mệt muốn chết")]
    [InlineData("met muon chet")]
    public async Task Does_not_mistake_look_alike_everyday_words(string text)
    {
        Assert.Equal(RiskLevel.None, (await Analyze(text)).Risk);
    }

    [Theory]
    [InlineData("bi doa", SafetyCategories.Violence)]
    [InlineData("bị doạ", SafetyCategories.Violence)]
    [InlineData("bị dọa", SafetyCategories.Violence)]
    [InlineData("nó dọa tung ảnh nóng của em", SafetyCategories.SexualExploitation)]
    [InlineData("anh ấy bảo đừng nói với bố mẹ", SafetyCategories.Grooming)]
    [InlineData("công an gọi video bảo em ra khách sạn một mình", SafetyCategories.AbductionScam)]
    [InlineData("tụi nó bảo m đi chết đi", SafetyCategories.Bullying)]
    [InlineData("he wants me to send nudes", SafetyCategories.SexualExploitation)]
    [InlineData("told me to go to a hotel and turn on airplane mode", SafetyCategories.AbductionScam)]
    public async Task Names_the_category_of_a_high_risk_message(string text, string category)
    {
        var analysis = await Analyze(text);

        Assert.Equal(RiskLevel.High, analysis.Risk);
        Assert.Contains(category, analysis.Categories);
    }

    [Theory]
    [InlineData("mình không muốn chết")]
    [InlineData("mình không hề muốn chết")]
    [InlineData("I do not want to die")]
    [InlineData("i dont want to die")]
    [InlineData("em chưa bao giờ nghĩ đến tự tử")]
    [InlineData("không ai bị đe dọa cả")]
    public async Task Lets_a_negation_just_before_a_phrase_cancel_it(string text)
    {
        Assert.Equal(RiskLevel.None, (await Analyze(text)).Risk);
    }

    [Fact]
    public async Task Does_not_let_a_negation_reach_across_a_clause()
    {
        var analysis = await Analyze("không, mình muốn chết");

        Assert.Equal(RiskLevel.High, analysis.Risk);
    }

    [Theory]
    [InlineData("quiz about scams and online kidnapping")]
    [InlineData("bắt cóc online là gì")]
    [InlineData("đọc báo thấy vụ giả danh công an")]
    [InlineData("lời bài hát \"muốn chết\" hay ghê")]
    public async Task Treats_talk_about_a_subject_as_no_report(string text)
    {
        Assert.Equal(RiskLevel.None, (await Analyze(text)).Risk);
    }

    [Fact]
    public async Task Keeps_a_report_that_mentions_the_news_when_it_happens_to_the_writer()
    {
        var analysis = await Analyze("giống trên báo, mình bị giả danh công an gọi video bắt ra khách sạn một mình");

        Assert.Equal(RiskLevel.High, analysis.Risk);
    }

    [Theory]
    [InlineData("mình cô đơn quá")]
    public async Task Marks_a_worrying_message_as_concern(string text)
    {
        Assert.Equal(RiskLevel.Concern, (await Analyze(text)).Risk);
    }

    [Fact]
    public async Task Notices_name_calling_and_names_it_bullying()
    {
        // The classifier may call persistent name-calling high (one reply with the bullying advice); never nothing.
        var analysis = await Analyze("they keep calling me fat");

        Assert.NotEqual(RiskLevel.None, analysis.Risk);
        Assert.Contains(SafetyCategories.Bullying, analysis.Categories);
    }

    [Theory]
    [InlineData("bố đánh em", true)]
    [InlineData("mình bị bắt nạt ngày nào cũng bị bắt nạt", false)]
    public async Task Says_when_the_danger_is_now(string text, bool now)
    {
        Assert.Equal(now, (await Analyze(text)).DangerNow);
    }

    [Theory]
    [InlineData("mình muốn chết", null, "vi")]
    [InlineData("minh muon chet", "en-US", "vi")]
    [InlineData("I want to die", "vi-VN", "en")]
    [InlineData("ok", "en-US", "en")]
    [InlineData("ok", null, "vi")]
    public async Task Guesses_the_language_from_the_words_then_the_locale(string text, string? locale, string language)
    {
        Assert.Equal(language, (await Analyze(text, locale)).Language);
    }

    [Fact]
    public async Task Returns_the_text_redacted()
    {
        var analysis = await Analyze("nó dọa mình, số nó là 0912 345 678");

        Assert.DoesNotContain("345", analysis.RedactedText, StringComparison.Ordinal);
        Assert.Contains(PiiRedactor.Phone, analysis.RedactedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_flags_the_campaigns_own_buttons_answers_and_province_names_or_knows_them_as_answers()
    {
        var content = SafetyTestContent.Source.Current;
        var texts = new List<string>();
        foreach (var language in new[] { Language.Vietnamese, Language.English })
        {
            texts.AddRange(content.Quiz(language).SelectMany(q => q.Options.Select(o => o.Text)));
            texts.AddRange(content.Quiz(language).SelectMany(q => q.Options.Select(o => o.Id)));
            texts.AddRange(content.Provinces(language).Select(p => p.Name));
            texts.AddRange(content.Pledges(language).Select(p => p.Label));
            texts.AddRange(content.Scenarios(language).SelectMany(s => s.Options.Select(o => o.Label)));
            texts.AddRange(["có", "không", "dừng", "ừ", "ok", "yes", "no", "stop", "a", "b", "c", "d", "1", "2", "3", "4"]);
        }

        foreach (var text in texts)
        {
            var analysis = await Analyze(text);
            Assert.True(
                analysis.Risk == RiskLevel.None || SafetyTestContent.Analyzer.Lexicon().IsCampaignAnswer(text),
                $"\"{text}\" read as {analysis.Risk}");
        }
    }

    [Fact]
    public void Reports_a_lexicon_entry_with_an_unknown_category_or_risk()
    {
        var broken = new ContentDocument
        {
            SafetyTerms = [new SafetyTerm { Category = "sadness", Risk = "medium", Phrases = ["buồn"] }],
            SafetyCues = [new SafetyCue { Kind = "maybe", Phrases = ["có lẽ"] }],
        };

        var problems = ContentValidator.Validate(broken, new ContentDocument());

        Assert.Contains(problems, p => p.Contains("category 'sadness'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("risk 'medium'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cue kind 'maybe'", StringComparison.Ordinal));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Content;
using PledgeBot.Tests.Transcripts;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Tests.Engine;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class DialogEngineTranscriptTests
{
    private static readonly string[] s_colorsVi = ["Đỏ", "Xanh dương", "Xanh lá"];
    private static readonly string[] s_colorsEn = ["Red", "Blue", "Green"];

    [Theory]
    [InlineData("Xanh dương")]
    [InlineData("2")]
    [InlineData("b")]
    [InlineData("xanh duong")]
    [InlineData("XANH  DƯƠNG!")]
    [InlineData("Blue")]
    [InlineData("navy")]
    [InlineData("mình chọn xanh dương nha")]
    public async Task Understands_a_choice_by_title_number_letter_synonym_or_either_language(string answer)
    {
        var bot = SurveyBot();

        await Started(bot)
            .User(answer)
            .Bot(SurveyContent.Sure, "Có", "Không")
            .RunAsync();
    }

    [Fact]
    public async Task Re_prompts_a_choice_it_did_not_understand_with_the_same_buttons_and_their_numbers_in_the_text()
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("tím")
            .BotRetries(Text.Prompts.RetryChoice, SurveyContent.Color, s_colorsVi).BotMentions("\n1. Đỏ\n2. Xanh dương\n3. Xanh lá")
            .User("4")
            .BotRetries(Text.Prompts.RetryChoice, SurveyContent.Color, s_colorsVi)
            .User("1")
            .Bot(SurveyContent.Sure)
            .RunAsync();
    }

    [Fact]
    public async Task Keeps_the_flow_after_three_answers_it_did_not_understand_and_carries_on_when_asked()
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("tím").BotRetries(Text.Prompts.RetryChoice, SurveyContent.Color)
            .User("vàng").BotRetries(Text.Prompts.RetryChoice, SurveyContent.Color)
            .User("qqq")
            .Bot(Text.Prompts.GiveUp, "▶️ Làm tiếp", "🏠 Menu", "💬 Cần người lắng nghe")
            .User("▶️ Làm tiếp")
            .Bot(SurveyContent.Color, s_colorsVi)
            .User("1")
            .Bot(SurveyContent.Sure)
            .RunAsync();
    }

    [Theory]
    [InlineData("có", true)]
    [InlineData("ừ", true)]
    [InlineData("ok", true)]
    [InlineData("đúng", true)]
    [InlineData("yes", true)]
    [InlineData("không", false)]
    [InlineData("ko", false)]
    [InlineData("k", false)]
    [InlineData("no", false)]
    public async Task Understands_yes_and_no_as_teens_type_them(string answer, bool expected)
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("1").Bot(SurveyContent.Sure)
            .User(answer).Bot(SurveyContent.Number)
            .User("42").Bot(SurveyContent.Band, "12–17", "18–24")
            .User("18–24").Bot(SurveyContent.BandThanks)
            .BotContaining(expected ? "\"sure\":true" : "\"sure\":false")
            .RunAsync();
    }

    [Fact]
    public async Task Re_prompts_yes_no_and_text_answers_it_cannot_use()
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("1").Bot(SurveyContent.Sure)
            .User("có lẽ").BotRetries(Text.Prompts.RetryYesNo, SurveyContent.Sure, "Có", "Không")
            .User("có").Bot(SurveyContent.Number)
            .User("một trăm").BotRetries(Text.Prompts.RetryText, SurveyContent.Number)
            .User(new string('9', 300)).BotRetries(Text.Prompts.RetryText, SurveyContent.Number)
            .User("7").Bot(SurveyContent.Band)
            .RunAsync();
    }

    [Fact]
    public async Task Returns_the_child_flows_result_to_its_parent()
    {
        var bot = SurveyBot();
        var transcript = Started(bot);

        await transcript
            .User("3").Bot(SurveyContent.Sure)
            .User("có").Bot(SurveyContent.Number)
            .User("7").Bot(SurveyContent.Band, "12–17", "18–24")
            .User("1").Bot(SurveyContent.BandThanks)
            .Bot(SurveyContent.Done, [("summary", "{\"color\":\"survey.green\",\"sure\":true,\"number\":\"7\",\"band\":\"survey.young\"}")], transcript.MenuTitles())
            .User("1")
            .Bot(SurveyContent.Color)
            .RunAsync();
    }

    [Fact]
    public async Task Shows_help_mid_flow_and_asks_the_same_question_again()
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("giúp")
            .Bot(Text.Commands.Help)
            .Bot(SurveyContent.Color, s_colorsVi)
            .User("1").Bot(SurveyContent.Sure)
            .RunAsync();
    }

    [Fact]
    public async Task Goes_back_to_the_menu_mid_flow_and_offers_to_resume_it_there()
    {
        var bot = SurveyBot();
        var transcript = Started(bot);

        await transcript
            .User("1").Bot(SurveyContent.Sure)
            .User("menu")
            .Bot(Text.Menu.Prompt, ["▶️ Tiếp tục cam kết", .. transcript.MenuTitles()])
            .User("có")
            .Bot(Text.Welcome.NotUnderstood, ["▶️ Tiếp tục cam kết", .. transcript.MenuTitles()])
            .User("▶️ Tiếp tục cam kết")
            .Bot(SurveyContent.Sure, "Có", "Không")
            .User("có").Bot(SurveyContent.Number)
            .RunAsync();
    }

    [Theory]
    [InlineData("dừng")]
    [InlineData("dung")]
    [InlineData("Dừng lại")]
    [InlineData("huy")]
    [InlineData("stop")]
    [InlineData("cancel")]
    public async Task Stops_the_flow_on_stop_words_typed_with_or_without_diacritics(string stop)
    {
        var bot = SurveyBot();
        var transcript = Started(bot);

        await transcript
            .User("1").Bot(SurveyContent.Sure)
            .User(stop)
            .Bot(Text.Commands.Cancelled, transcript.MenuTitles())
            .RunAsync();
    }

    [Fact]
    public async Task Switches_language_mid_flow_and_asks_the_pending_question_in_the_new_language()
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("English")
            .Speaking(Language.English)
            .Bot(Text.Commands.LanguageSwitched)
            .Bot(SurveyContent.Color, s_colorsEn)
            .User("green")
            .Bot(SurveyContent.Sure, "Yes", "No")
            .User("Tiếng Việt")
            .Speaking(Language.Vietnamese)
            .Bot(Text.Commands.LanguageSwitched)
            .Bot(SurveyContent.Sure, "Có", "Không")
            .RunAsync();
    }

    [Theory]
    [InlineData("cứu em")]
    [InlineData("cuu em")]
    [InlineData("em so qua")]
    [InlineData("làm ơn giúp em với")]
    [InlineData("help me")]
    public async Task Offers_help_mid_flow_when_the_user_asks_for_it_and_resumes_when_they_choose_to(string plea)
    {
        var bot = SurveyBot();

        await Started(bot)
            .User("1").Bot(SurveyContent.Sure)
            .User(plea)
            .BotHelps()
            .User("làm tiếp").Bot(SafetyText.Resume)
            .Bot(SurveyContent.Sure, "Có", "Không")
            .User("có").Bot(SurveyContent.Number)
            .RunAsync();
    }

    [Fact]
    public async Task Keeps_the_language_the_user_chose_even_when_the_locale_says_otherwise()
    {
        var bot = SurveyBot();

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("english")
            .Speaking(Language.English)
            .Bot(Text.Commands.LanguageSwitched)
            .User("pledge")
            .Bot(SurveyContent.Color, s_colorsEn)
            .RunAsync();
    }

    private static TestBot SurveyBot() => TestBot.Create(Language.Vietnamese, services =>
    {
        services.Replace(ServiceDescriptor.Singleton<IContentSource, SurveyContent>());
        services.AddSingleton<Flow, SurveyFlow>();
        services.AddSingleton<Flow, BandFlow>();
    });

    private static Transcript Started(TestBot bot) => bot.Transcript()
        .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
        .User("cam ket")
        .Bot(SurveyContent.Color, s_colorsVi);
}

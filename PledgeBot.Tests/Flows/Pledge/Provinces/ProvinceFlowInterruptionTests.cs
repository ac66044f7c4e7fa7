using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Dialogs.Safety;
using PledgeBot.Tests.Transcripts;
using static PledgeBot.Tests.Flows.Pledge.Provinces.ProvinceTranscripts;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ProvinceFlowInterruptionTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "cứu em")]
    [InlineData(Language.Vietnamese, "cuu em")]
    [InlineData(Language.English, "help me")]
    public async Task Offers_help_mid_question_then_asks_the_same_question_on_the_same_page(Language language, string plea)
    {
        var bot = ProvinceBot(language);
        var north = Names(bot, "north");
        var more = bot.Content.ChoiceTitle(language, ProvinceText.More);

        await AtRegionQuestion(bot)
            .User(RegionTitle(bot, "north"))
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Take(12), more])
            .User(more)
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Skip(12), more])
            .User(plea)
            .Bot(Text.Help.Offer).BotMentions("111")
            .User(bot.Content.ChoiceTitle(language, SafetyText.LaterChoice)).Bot(SafetyText.Later)
            .User(bot.Content.ChoiceTitle(language, SafetyText.CarryOnChoice)).Bot(SafetyText.Resume)
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Skip(12), more])
            .User("Hưng Yên")
            .Bot(ProvinceTestContent.Chosen, [("province", "hung-yen")])
            .RunAsync();
    }

    [Fact]
    public async Task Offers_help_at_the_region_question_then_asks_for_the_region_again()
    {
        var bot = ProvinceBot(Language.Vietnamese);

        await AtRegionQuestion(bot)
            .User("cứu em")
            .Bot(Text.Help.Offer).BotMentions("111")
            .User("làm tiếp").Bot(SafetyText.Resume)
            .Bot(ProvinceText.AskRegion, Regions(bot))
            .User("hcm")
            .Bot(ProvinceTestContent.Chosen, [("province", "ho-chi-minh")])
            .RunAsync();
    }

    [Fact]
    public async Task Switches_region_when_another_region_is_typed_at_the_province_list()
    {
        var bot = ProvinceBot(Language.Vietnamese);

        await AtRegionQuestion(bot)
            .User("miền bắc")
            .Bot(ProvinceText.AskProvince, Region(bot, "north"))
            .User("mien nam")
            .Bot(ProvinceText.AskProvince, Region(bot, "south"), Names(bot, "south"))
            .User("8")
            .Bot(ProvinceTestContent.Chosen, [("province", "ca-mau")])
            .RunAsync();
    }

    [Fact]
    public async Task Asks_the_pending_province_question_again_in_the_language_the_user_switches_to()
    {
        var bot = ProvinceBot(Language.Vietnamese);

        await AtRegionQuestion(bot)
            .User("Miền Trung")
            .Bot(ProvinceText.AskProvince, Region(bot, "centre"))
            .User("English")
            .Speaking(Language.English)
            .Bot(Text.Commands.LanguageSwitched)
            .Bot(ProvinceText.AskProvince, [("region", "Centre")], Names(bot, "centre"))
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Shows_every_unit_of_every_region_with_at_most_13_actions_a_message(Language language)
    {
        var bot = ProvinceBot(language);
        await AtRegionQuestion(bot).RunAsync();
        var more = bot.Content.ChoiceTitle(language, ProvinceText.More);
        var shown = new HashSet<string>();

        foreach (var region in ProvinceText.Regions.Select(id => bot.Content.ChoiceTitle(language, id)))
        {
            var titles = await ActionsAfter(bot, region);
            for (var page = 0; page < 3 && titles.Contains(more); page++)
            {
                shown.UnionWith(titles.Where(title => title != more));
                titles = await ActionsAfter(bot, more);
            }

            shown.UnionWith(titles.Where(title => title != more));
        }

        Assert.Equal(bot.Content.Provinces(language).Select(unit => unit.Name).Order(), shown.Order());
    }

    [Fact]
    public async Task Stores_only_ids_never_what_the_user_typed()
    {
        var store = new RecordingStateStore();
        var bot = ProvinceBot(Language.Vietnamese, services => services.Replace(ServiceDescriptor.Singleton<IStateStore>(store)));

        await AtRegionQuestion(bot)
            .User("nhà mình ở xóm Đông")
            .BotRetries(ProvinceText.Retry, ProvinceText.AskRegion)
            .User("dn")
            .Bot(ProvinceText.Confirm)
            .User("Đắk Nông")
            .Bot(ProvinceText.Merged, [("former", "Đắk Nông"), ("name", "Lâm Đồng")])
            .Bot(ProvinceTestContent.Chosen, [("province", "lam-dong")])
            .RunAsync();

        Assert.Contains(store.Written, json => json.Contains("\"candidates\":[\"da-nang\",\"dong-nai\",\"dak-nong\"]", StringComparison.Ordinal));
        Assert.DoesNotContain(store.Written, json => json.Contains("xóm", StringComparison.OrdinalIgnoreCase) || json.Contains("x\\u00F3m", StringComparison.OrdinalIgnoreCase));
    }

    // Sends a message on its own (no transcript) and returns the titles of the reply's actions.
    private static async Task<string[]> ActionsAfter(TestBot bot, string text)
    {
        var replies = (await bot.SendAsync(bot.Message(text))).Replies;
        var reply = replies[^1];
        var actions = reply.SuggestedActions?.Actions ?? [];
        Assert.InRange(actions.Count, 1, 13);
        return [.. actions.Select(action => action.Title!)];
    }
}

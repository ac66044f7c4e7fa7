using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;
using static PledgeBot.Tests.Flows.Pledge.Provinces.ProvinceTranscripts;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ProvinceFlowTranscriptTests
{
    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Takes_a_province_tapped_after_its_region(Language language)
    {
        var bot = ProvinceBot(language);

        await AtRegionQuestion(bot)
            .User(RegionTitle(bot, "south"))
            .Bot(ProvinceText.AskProvince, Region(bot, "south"), Names(bot, "south"))
            .User("TP. Cần Thơ")
            .Bot(ProvinceTestContent.Chosen, [("province", "can-tho")])
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Pages_the_15_units_of_the_North_with_a_more_action_so_no_message_offers_over_13(Language language)
    {
        var bot = ProvinceBot(language);
        var north = Names(bot, "north");
        var more = bot.Content.ChoiceTitle(language, ProvinceText.More);

        await AtRegionQuestion(bot)
            .User(RegionTitle(bot, "north"))
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Take(12), more])
            .User(more)
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Skip(12), more])
            .User(more)
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Take(12), more])
            .User(more)
            .Bot(ProvinceText.AskProvince, Region(bot, "north"), [.. north.Skip(12), more])
            .User("Ninh Bình")
            .Bot(ProvinceTestContent.Chosen, [("province", "ninh-binh")])
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "hn", "ha-noi")]
    [InlineData(Language.Vietnamese, "tp. hồ chí minh", "ho-chi-minh")]
    [InlineData(Language.Vietnamese, "Thành phố Huế", "hue")]
    [InlineData(Language.Vietnamese, "mình ở đà lạt", "lam-dong")]
    [InlineData(Language.English, "saigon", "ho-chi-minh")]
    [InlineData(Language.English, "Hanoi", "ha-noi")]
    public async Task Takes_a_province_typed_instead_of_a_region(Language language, string typed, string id)
    {
        var bot = ProvinceBot(language);

        await AtRegionQuestion(bot)
            .User(typed)
            .Bot(ProvinceTestContent.Chosen, [("province", id)])
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese, "Bình Dương", "Bình Dương")]
    [InlineData(Language.Vietnamese, "vung tau", "Bà Rịa–Vũng Tàu")]
    [InlineData(Language.English, "Binh Duong", "Bình Dương")]
    public async Task Tells_the_user_a_former_province_is_now_part_of_its_unit(Language language, string typed, string former)
    {
        var bot = ProvinceBot(language);

        await AtRegionQuestion(bot)
            .User(typed)
            .Bot(ProvinceText.Merged, [("former", former), ("name", "TP. Hồ Chí Minh")])
            .Bot(ProvinceTestContent.Chosen, [("province", "ho-chi-minh")])
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Asks_which_one_an_ambiguous_short_form_means_then_takes_the_tapped_one(Language language)
    {
        var bot = ProvinceBot(language);

        await AtRegionQuestion(bot)
            .User("dn")
            .Bot(ProvinceText.Confirm, "TP. Đà Nẵng", "Đồng Nai", "Đắk Nông")
            .User("Đồng Nai")
            .Bot(ProvinceTestContent.Chosen, [("province", "dong-nai")])
            .RunAsync();
    }

    [Fact]
    public async Task Takes_a_candidate_by_number_and_tells_the_user_when_it_is_a_former_province()
    {
        var bot = ProvinceBot(Language.Vietnamese);

        await AtRegionQuestion(bot)
            .User(RegionTitle(bot, "centre"))
            .Bot(ProvinceText.AskProvince, Region(bot, "centre"), Names(bot, "centre"))
            .User("đn")
            .Bot(ProvinceText.Confirm, "TP. Đà Nẵng", "Đồng Nai", "Đắk Nông")
            .User("3")
            .Bot(ProvinceText.Merged, [("former", "Đắk Nông"), ("name", "Lâm Đồng")])
            .Bot(ProvinceTestContent.Chosen, [("province", "lam-dong")])
            .RunAsync();
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public async Task Asks_again_with_a_hint_when_the_answer_names_no_province(Language language)
    {
        var bot = ProvinceBot(language);
        var hint = bot.Content.Get(language, ProvinceText.Retry);
        var centre = bot.Content.Get(language, ProvinceText.AskProvince, Region(bot, "centre"));

        await AtRegionQuestion(bot)
            .User("abcxyz")
            .BotRetries(ProvinceText.Retry, ProvinceText.AskRegion, Regions(bot))
            .User("2")
            .Bot(ProvinceText.AskProvince, Region(bot, "centre"), Names(bot, "centre"))
            .User("pizza")
            .BotContaining(hint + "\n\n" + centre)
            .User("1")
            .Bot(ProvinceTestContent.Chosen, [("province", "thanh-hoa")])
            .RunAsync();
    }

    [Fact]
    public async Task Stops_asking_after_three_answers_that_name_no_province_and_asks_again_on_carry_on()
    {
        var bot = ProvinceBot(Language.Vietnamese);
        var transcript = AtRegionQuestion(bot);

        await transcript
            .User("abc").BotRetries(ProvinceText.Retry, ProvinceText.AskRegion)
            .User("xyz").BotRetries(ProvinceText.Retry, ProvinceText.AskRegion)
            .User("qwerty")
            .Bot(Text.Prompts.GiveUp, "▶️ Làm tiếp", "🏠 Menu", "💬 Cần người lắng nghe")
            .User("lam tiep")
            .Bot(ProvinceText.AskRegion)
            .RunAsync();
    }
}

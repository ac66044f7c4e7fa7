using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ProvinceRecognizerTests
{
    private static readonly ContentCatalog s_content = EmbeddedContent.Load();
    private static readonly ProvinceRecognizer s_places = ProvinceRecognizer.For(s_content, Language.Vietnamese);

    [Theory]
    [MemberData(nameof(ProvinceTypings.EveryUnitAsTyped), MemberType = typeof(ProvinceTypings))]
    public void Recognizes_every_unit_by_name_with_or_without_diacritics_case_spacing_or_prefix(string typed, string id) =>
        AssertUnit(typed, id);

    [Theory]
    [MemberData(nameof(ProvinceTypings.EveryAliasInCONTENTmd), MemberType = typeof(ProvinceTypings))]
    public void Recognizes_every_alias_CONTENT_md_lists(string alias, string id) => AssertProvince(alias, id);

    [Theory]
    [MemberData(nameof(ProvinceTypings.EveryAliasInTheContent), MemberType = typeof(ProvinceTypings))]
    public void Recognizes_every_alias_in_the_shipped_content(string alias, string id) => AssertProvince(alias, id);

    [Theory]
    [InlineData("hn", "ha-noi")]
    [InlineData("ha noi", "ha-noi")]
    [InlineData("hanoi", "ha-noi")]
    [InlineData("Hanoi city", "ha-noi")]
    [InlineData("hcm", "ho-chi-minh")]
    [InlineData("tphcm", "ho-chi-minh")]
    [InlineData("TP.HCM", "ho-chi-minh")]
    [InlineData("tp hcm", "ho-chi-minh")]
    [InlineData("HCMC", "ho-chi-minh")]
    [InlineData("Ho Chi Minh City", "ho-chi-minh")]
    [InlineData("sai gon", "ho-chi-minh")]
    [InlineData("Sài Gòn", "ho-chi-minh")]
    [InlineData("sg", "ho-chi-minh")]
    [InlineData("tp. hồ chí minh", "ho-chi-minh")]
    [InlineData("Thành phố Huế", "hue")]
    [InlineData("thua thien hue", "hue")]
    [InlineData("Đà Lạt", "lam-dong")]
    [InlineData("Đăk Lăk", "dak-lak")]
    [InlineData("Thanh Hoá", "thanh-hoa")]
    public void Recognizes_the_short_forms_people_type(string typed, string id) => AssertProvince(typed, id);

    [Theory]
    [MemberData(nameof(ProvinceTypings.EveryFormerProvince), MemberType = typeof(ProvinceTypings))]
    public void Maps_every_former_province_to_the_unit_it_is_now_part_of(string former, string id)
    {
        var match = s_places.Recognize(former);

        Assert.Equal(ProvinceMatchKind.Former, match.Kind);
        Assert.Equal(id, match.Place!.Province);
        Assert.NotEqual(id, match.Place.Id);
    }

    [Theory]
    [InlineData("Bình Dương", "ho-chi-minh", "Bình Dương")]
    [InlineData("Vũng Tàu", "ho-chi-minh", "Bà Rịa–Vũng Tàu")]
    [InlineData("Ba Ria - Vung Tau", "ho-chi-minh", "Bà Rịa–Vũng Tàu")]
    [InlineData("Quảng Nam", "da-nang", "Quảng Nam")]
    [InlineData("tỉnh Quảng Nam", "da-nang", "Quảng Nam")]
    [InlineData("Hà Giang", "tuyen-quang", "Hà Giang")]
    [InlineData("Hoà Bình", "phu-tho", "Hòa Bình")]
    [InlineData("dak nong", "lam-dong", "Đắk Nông")]
    public void Names_the_former_province_so_the_user_can_be_told(string typed, string id, string former)
    {
        var match = s_places.Recognize(typed);

        Assert.Equal(ProvinceMatchKind.Former, match.Kind);
        Assert.Equal(former, match.Place!.Name);
        Assert.Equal(id, match.Place.Province);
    }

    [Theory]
    [InlineData("dn")]
    [InlineData("đn")]
    [InlineData("ĐN")]
    [InlineData("qn")]
    [InlineData("QN")]
    [InlineData("bd")]
    [InlineData("bt")]
    [InlineData("tn")]
    [InlineData("hg")]
    [InlineData("la")]
    [InlineData("LA")]
    public void Offers_the_candidates_of_an_ambiguous_short_form_instead_of_guessing(string typed)
    {
        var expected = ProvinceTable.ShortForms[TextFolding.Fold(typed)];

        var match = s_places.Recognize(typed);

        Assert.Equal(ProvinceMatchKind.Ambiguous, match.Kind);
        Assert.Null(match.Place);
        Assert.Equal(expected.Order(), match.Places.Select(place => place.Name).Order());
        Assert.Equal(expected.Select(ProvinceTable.UnitOf).Order(), match.Places.Select(place => place.Province).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyz")]
    [InlineData("123")]
    [InlineData("pizza")]
    [InlineData("hello")]
    [InlineData("😀")]
    [InlineData("miền bắc")]
    [InlineData("không biết")]
    [InlineData("tp")]
    [InlineData("tỉnh")]
    public void Recognizes_nothing_in_an_answer_that_names_no_province(string typed)
    {
        var match = s_places.Recognize(typed);

        Assert.Equal(ProvinceMatchKind.None, match.Kind);
        Assert.Empty(match.Places);
    }

    [Theory]
    [InlineData("mình ở hà nội", "ha-noi")]
    [InlineData("em ở Sài Gòn ạ", "ho-chi-minh")]
    [InlineData("nha em o tinh quang ninh", "quang-ninh")]
    public void Finds_a_province_named_inside_a_sentence(string typed, string id) => AssertUnit(typed, id);

    [Fact]
    public void Asks_rather_than_picks_when_a_sentence_names_two_provinces()
    {
        var match = s_places.Recognize("hà nội hay sài gòn");

        Assert.Equal(ProvinceMatchKind.Ambiguous, match.Kind);
        Assert.Equal(["ha-noi", "ho-chi-minh"], match.Places.Select(place => place.Province).Order());
    }

    [Fact]
    public void Names_places_in_the_users_language_and_lists_each_region_in_content_order()
    {
        var english = ProvinceRecognizer.For(s_content, Language.English);

        Assert.Equal("TP. Hồ Chí Minh", english.Place("ho-chi-minh")!.Name);
        Assert.Equal(15, english.InRegion("north").Count);
        Assert.Equal(11, english.InRegion("centre").Count);
        Assert.Equal(8, english.InRegion("south").Count);
        Assert.Equal(ProvinceTable.Units.Select(unit => unit.Id), new[] { "north", "centre", "south" }.SelectMany(english.InRegion).Select(unit => unit.Id));
    }

    private static void AssertUnit(string typed, string id)
    {
        var match = s_places.Recognize(typed);

        Assert.Equal(ProvinceMatchKind.Unit, match.Kind);
        Assert.Equal(id, match.Place!.Id);
    }

    // An alias may also be part of a former name ("vung tau"): then the user hears about the merger, and the unit is the same.
    private static void AssertProvince(string typed, string id)
    {
        var match = s_places.Recognize(typed);

        Assert.Equal(id, match.Place?.Province);
    }
}

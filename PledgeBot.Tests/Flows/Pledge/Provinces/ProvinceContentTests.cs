using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Pledge.Provinces;

namespace PledgeBot.Tests.Flows.Pledge.Provinces;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ProvinceContentTests
{
    private static readonly ContentCatalog s_content = EmbeddedContent.Load();

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void Ships_the_34_units_of_CONTENT_md_with_their_names_regions_and_former_provinces(Language language)
    {
        var shipped = s_content.Provinces(language);

        Assert.Equal(ProvinceTable.Units.Select(unit => unit.Id), shipped.Select(unit => unit.Id));
        Assert.Equal(ProvinceTable.Units.Select(unit => unit.Name), shipped.Select(unit => unit.Name));
        Assert.Equal(ProvinceTable.Units.Select(unit => unit.Region), shipped.Select(unit => unit.Region));
        Assert.Equal(ProvinceTable.Units.Select(unit => string.Join('|', unit.Former)), shipped.Select(unit => string.Join('|', unit.Former)));
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void Lists_the_ASCII_form_and_every_alias_CONTENT_md_gives(Language language)
    {
        foreach (var unit in ProvinceTable.Units)
        {
            var shipped = s_content.Provinces(language).Single(p => p.Id == unit.Id).Aliases.Select(TextFolding.Fold).ToHashSet();

            Assert.All(unit.Aliases.Prepend(unit.Ascii), alias => Assert.Contains(TextFolding.Fold(alias), shipped));
        }
    }

    [Fact]
    public void Has_every_province_text_and_choice_in_both_languages()
    {
        var keys = typeof(ProvinceText).GetFields().Where(field => field.FieldType == typeof(TextKey)).Select(field => (TextKey)field.GetValue(null)!).ToList();
        var choices = ProvinceText.Regions.Append(ProvinceText.More).ToList();

        Assert.Equal(5, keys.Count);
        foreach (var language in new[] { Language.Vietnamese, Language.English })
        {
            Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(s_content.Get(language, key)), $"{language}: {key}"));
            Assert.All(choices, id => Assert.False(string.IsNullOrWhiteSpace(s_content.ChoiceTitle(language, id)), $"{language}: {id}"));
        }
    }

    [Fact]
    public void Keeps_every_province_button_within_the_20_characters_Messenger_shows()
    {
        foreach (var language in new[] { Language.Vietnamese, Language.English })
        {
            var titles = s_content.Provinces(language).SelectMany(unit => unit.Former.Prepend(unit.Name))
                .Concat(ProvinceText.Regions.Append(ProvinceText.More).Select(id => s_content.ChoiceTitle(language, id)));

            Assert.All(titles, title => Assert.InRange(title.Length, 1, 20));
        }
    }

    [Fact]
    public void Gives_every_former_province_an_id_of_its_own()
    {
        var places = ProvinceRecognizer.For(s_content, Language.Vietnamese);
        var formers = ProvinceTable.Units.SelectMany(unit => unit.Former).ToList();

        var ids = formers.Select(former => places.Recognize(former).Place!.Id).ToList();

        Assert.Equal(formers.Count, ids.Distinct().Count());
        Assert.DoesNotContain(ids, id => ProvinceTable.Units.Any(unit => unit.Id == id));
    }
}

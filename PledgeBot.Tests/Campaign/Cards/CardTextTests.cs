using System.Reflection;
using PledgeBot.Campaign.Cards;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class CardTextTests
{
    public static TheoryData<string> Keys() =>
        [.. typeof(CardText).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => ((TextKey)field.GetValue(null)!).Value)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Ships_every_card_text_in_both_languages(string key)
    {
        var content = EmbeddedContent.Load();

        Assert.False(string.IsNullOrWhiteSpace(content.Get(Language.Vietnamese, new TextKey(key))));
        Assert.False(string.IsNullOrWhiteSpace(content.Get(Language.English, new TextKey(key))));
    }

    [Theory]
    [InlineData(Language.Vietnamese, "Cam kết số 12.345")]
    [InlineData(Language.English, "Pledge #12,345")]
    public void Words_the_pledge_number_in_each_language(Language language, string expected)
    {
        var content = EmbeddedContent.Load();

        var line = content.Get(language, CardText.Number, ("number", language.Format(12_345)));

        Assert.Equal(expected, line);
    }
}

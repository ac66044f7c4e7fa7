using PledgeBot.Campaign.Cards;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class CardNumberTests
{
    [Theory]
    [InlineData(12_345, Language.Vietnamese, "12.345")]
    [InlineData(12_345, Language.English, "12,345")]
    [InlineData(7, Language.Vietnamese, "7")]
    [InlineData(1_000_000_000, Language.Vietnamese, "1.000.000.000")]
    [InlineData(1_000_000_000, Language.English, "1,000,000,000")]
    public void Groups_thousands_as_each_language_writes_them(long number, Language language, string expected)
    {
        Assert.Equal(expected, language.Format(number));
    }
}

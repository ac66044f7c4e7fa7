using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Prompts;

namespace PledgeBot.Tests.Content;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Dừng", "dung")]
    [InlineData("  Hà   Nội!! ", "ha noi")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("Thừa Thiên–Huế", "thua thien hue")]
    [InlineData("🤝 Cam kết", "cam ket")]
    [InlineData("cam_ket", "cam ket")]
    [InlineData("Tiếng Việt", "tieng viet")]
    public void Folds_case_spacing_punctuation_emoji_and_diacritics(string typed, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(typed));
    }

    [Theory]
    [InlineData("Dừng\uD800", "dừng", "dung")]
    [InlineData("\uDC00Hà \uDBFF Nội", "hà nội", "ha noi")]
    public void Reads_text_with_a_lone_surrogate_instead_of_throwing(string typed, string normalized, string folded)
    {
        Assert.Equal(normalized, TextFolding.Normalize(typed));
        Assert.Equal(folded, TextFolding.Fold(typed));
        Assert.Equal("a\uFFFDb", TextFolding.WellFormed("a\uD800b"));
    }

    [Fact]
    public void Keeps_diacritics_when_only_normalising()
    {
        Assert.Equal("dừng lại", TextFolding.Normalize("  DỪNG   Lại. "));
    }

    [Fact]
    public void Treats_precomposed_and_combining_forms_alike()
    {
        var combining = "Du\u031B\u0300ng";

        Assert.True(new PhraseMatch(combining).Is("dừng"));
    }

    [Theory]
    [InlineData("dung", "dừng", true)]
    [InlineData("dung", "đúng", true)]
    [InlineData("đúng", "dừng", false)]
    [InlineData("dừng", "dừng", true)]
    [InlineData("dùng", "dừng", false)]
    public void Ignores_diacritics_only_when_the_user_typed_none(string typed, string phrase, bool same)
    {
        Assert.Equal(same, new PhraseMatch(typed).Is(phrase));
    }

    [Theory]
    [InlineData("làm ơn giúp em với", "giúp em với", true)]
    [InlineData("nghiên cứu khoa học", "cứu", false)]
    [InlineData("em muốn cam kết", "cam kết", true)]
    public void Finds_phrases_of_several_words_inside_a_sentence(string typed, string phrase, bool found)
    {
        Assert.Equal(found, new PhraseMatch(typed).Contains(phrase));
    }
}

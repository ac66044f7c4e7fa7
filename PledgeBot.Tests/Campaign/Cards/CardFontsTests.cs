using System.Text;
using PledgeBot.Campaign.Cards;
using SkiaSharp;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class CardFontsTests : IDisposable
{
    private const string VietnameseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    private readonly CardFonts _fonts = new();

    [Fact]
    public void Has_a_glyph_for_every_Vietnamese_letter_in_both_weights()
    {
        var letters = VietnameseLetters + VietnameseLetters.ToUpperInvariant();

        foreach (var typeface in new[] { _fonts.Regular, _fonts.Bold })
        {
            using var font = new SKFont(typeface, 40);
            Assert.True(font.ContainsGlyphs(letters), $"{typeface.FamilyName} lacks a Vietnamese letter.");
            Assert.DoesNotContain((ushort)0, font.GetGlyphs(CardTestContent.VietnameseDiacritics));
        }
    }

    [Fact]
    public void Draws_ế_as_its_own_accented_glyph_not_the_missing_glyph_box()
    {
        using var font = new SKFont(_fonts.Regular, 100);

        var accented = font.GetGlyphs("ế").Single();
        var plain = font.GetGlyphs("e").Single();
        font.MeasureText("ế", out var accentedBounds);
        font.MeasureText("e", out var plainBounds);

        Assert.NotEqual(0, accented);
        Assert.NotEqual(plain, accented);
        Assert.True(accentedBounds.Top < plainBounds.Top - 20, "ế should reach well above e: its marks are drawn.");
    }

    [Fact]
    public void Composes_decomposed_text_and_drops_what_the_font_cannot_draw()
    {
        var typed = "Mình  tử tế\ntrên mạng 💙".Normalize(NormalizationForm.FormD);

        var printable = _fonts.Printable(typed);

        Assert.Equal("Mình tử tế trên mạng", printable);
        Assert.True(printable.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Loads_its_fonts_from_the_assembly_not_from_the_system()
    {
        Assert.Equal("Noto Sans", _fonts.Regular.FamilyName);
        Assert.Equal("Noto Sans", _fonts.Bold.FamilyName);
        Assert.True(_fonts.Bold.FontWeight > _fonts.Regular.FontWeight);
    }

    public void Dispose() => _fonts.Dispose();
}

using PledgeBot.Campaign.Cards;
using SkiaSharp;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class LineBreakerTests : IDisposable
{
    private readonly CardFonts _fonts = new();

    [Fact]
    public void Breaks_at_spaces_into_lines_that_fit_and_keeps_every_word()
    {
        using var font = new SKFont(_fonts.Regular, 40);

        var lines = LineBreaker.Wrap(font, CardTestContent.VietnameseDiacritics, 500);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= 500, $"'{line}' is too wide."));
        Assert.Equal(CardTestContent.VietnameseDiacritics, string.Join(' ', lines));
    }

    [Fact]
    public void Breaks_inside_a_word_only_when_the_word_alone_is_too_wide()
    {
        using var font = new SKFont(_fonts.Regular, 40);
        var word = new string('M', 40);

        var lines = LineBreaker.Wrap(font, $"ok {word}", 300);

        Assert.Equal("ok", lines[0]);
        Assert.Equal(word, string.Concat(lines.Skip(1)));
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= 300));
    }

    [Fact]
    public void Shortens_a_line_with_an_ellipsis_to_fit()
    {
        using var font = new SKFont(_fonts.Regular, 40);

        var shortened = LineBreaker.Ellipsize(font, CardTestContent.VietnameseDiacritics, 400);

        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.True(font.MeasureText(shortened) <= 400);
    }

    public void Dispose() => _fonts.Dispose();
}

using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Cards;
using PledgeBot.Campaign.Links;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using QRCoder;
using SkiaSharp;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class PledgeCardRendererTests : IDisposable
{
    private readonly CardFonts _fonts = new();
    private readonly CampaignLinks _links = new(
        Options.Create(new CampaignOptions { PublicBaseUrl = "https://khongmotminh.example" }), new CardSigner(new byte[32]));

    private readonly PledgeCardRenderer _renderer;

    public PledgeCardRendererTests() => _renderer = new PledgeCardRenderer(_fonts, new CardTestContent(), _links);

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void Draws_a_portrait_png_of_1080_by_1350(string language)
    {
        var png = _renderer.Render(new PledgeCard(12_345, [CardTestContent.Diacritics, CardTestContent.Emoji], "ABC123", language));

        Assert.Equal(CardImages.PngSignature, png[..8]);
        using var bitmap = CardImages.Decode(png);
        Assert.Equal(PledgeCardRenderer.Width, bitmap.Width);
        Assert.Equal(PledgeCardRenderer.Height, bitmap.Height);
    }

    [Fact]
    public void Puts_ink_in_the_pledge_area_and_both_dark_and_light_modules_in_the_qr_area()
    {
        var png = _renderer.Render(new PledgeCard(7, [CardTestContent.Diacritics, CardTestContent.Decomposed], "ABC123", "vi"));

        using var bitmap = CardImages.Decode(png);
        var text = CardImages.Pixels(bitmap, SKRectI.Round(PledgeCardRenderer.PledgeArea)).ToArray();
        Assert.True(text.Distinct().Count() > 20, "The pledge area has almost one colour.");
        Assert.InRange(text.Count(CardImages.IsDark) / (double)text.Length, 0.01, 0.5);
        var qr = CardImages.Pixels(bitmap, PledgeCardRenderer.QrArea).ToArray();
        Assert.InRange(qr.Count(CardImages.IsDark) / (double)qr.Length, 0.2, 0.8);
    }

    [Theory]
    [InlineData("ABC123")]
    [InlineData("Z9Y8X7W6V5U4T3S2R1Q0P9O8N7M6L5K4")]
    public void Draws_the_qr_code_of_the_invite_link_module_for_module(string code)
    {
        using var expected = QRCodeGenerator.GenerateQrCode(_links.InviteUrl(code), QRCodeGenerator.ECCLevel.M);
        var count = expected.ModuleMatrix.Count;

        var png = _renderer.Render(new PledgeCard(42, [CardTestContent.Diacritics], code, "en"));

        using var bitmap = CardImages.Decode(png);
        var grid = QrGrid.Fit(PledgeCardRenderer.QrArea, count);
        Assert.True(grid.ModuleSize >= 4, $"Modules of {grid.ModuleSize} px are too small to scan from a screen.");
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                var module = grid.Module(row, column);
                var dark = CardImages.IsDark(bitmap.GetPixel(module.MidX, module.MidY));
                Assert.True(expected.ModuleMatrix[row][column] == dark, $"Module ({row}, {column}) has the wrong colour.");
            }
        }
    }

    [Fact]
    public void Fits_ten_long_pledges_above_the_qr_panel()
    {
        var ids = Enumerable.Repeat(CardTestContent.LongText, 1).Concat(new CardTestContent().Current
            .Pledges(Language.Vietnamese).Select(p => p.Id).Where(id => id != CardTestContent.LongText).Take(9)).ToArray();

        var png = _renderer.Render(new PledgeCard(1_000_000_000, ids, "ABC123", "vi"));

        using var bitmap = CardImages.Decode(png);
        var gap = new SKRectI(0, (int)PledgeCardRenderer.PledgeArea.Bottom + 5, PledgeCardRenderer.Width, PledgeCardRenderer.QrArea.Top - 20);
        Assert.All(CardImages.Pixels(bitmap, gap), pixel => Assert.Equal(CardPalette.Paper, pixel));
    }

    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void Sets_every_shipped_pledge_in_full_even_when_ten_are_chosen(Language language)
    {
        var shipped = EmbeddedContent.Load().Pledges(language).Take(CardQuery.MaxPledges).Select(p => _fonts.Printable(p.Text)).ToArray();

        var layout = new PledgeList(_fonts.Regular, shipped).Fit(PledgeCardRenderer.PledgeArea);

        Assert.False(layout.Clipped, $"At {layout.Size} px some shipped pledge is cut short; shorten it or make room on the card.");
    }

    [Fact]
    public void Cuts_the_longest_pledge_short_before_any_other_when_nothing_else_fits()
    {
        var statements = EmbeddedContent.Load().Pledges(Language.Vietnamese).Take(5).Select(p => _fonts.Printable(p.Text)).ToList();
        var longest = statements.Count - 1;
        statements[longest] = string.Join(' ', Enumerable.Repeat(statements[longest], 20));

        var layout = new PledgeList(_fonts.Regular, statements).Fit(PledgeCardRenderer.PledgeArea);

        Assert.True(layout.Clipped);
        Assert.EndsWith("…", layout.Lines[longest][^1], StringComparison.Ordinal);
        Assert.All(layout.Lines.Take(longest), lines => Assert.DoesNotContain(lines, line => line.EndsWith('…')));
    }

    [Fact]
    public void Draws_the_same_card_byte_for_byte_every_time()
    {
        var card = new PledgeCard(12_345, [CardTestContent.Diacritics], "ABC123", "vi");

        var first = _renderer.Render(card);
        var second = _renderer.Render(card);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Refuses_a_pledge_the_content_does_not_have()
    {
        var card = new PledgeCard(1, ["no-such-pledge"], "ABC123", "vi");

        Assert.Throws<ArgumentException>(() => _renderer.Render(card));
    }

    public void Dispose() => _fonts.Dispose();
}

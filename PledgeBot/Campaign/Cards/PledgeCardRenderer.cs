using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Ports;
using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>Draws a pledge card as a 1080×1350 PNG (portrait, the shape feeds share best): the campaign's name, the
/// pledge number, the pledges chosen in full, and a QR code of the pledger's invite link. Nothing that names them.</summary>
public sealed class PledgeCardRenderer(CardFonts fonts, IContentSource content, ICampaignLinks links)
{
    public const int Width = 1080;
    public const int Height = 1350;

    private const int Margin = 80;
    private const int BandHeight = 270;
    private const int NumberTop = BandHeight + 40;
    private const int HeadingTop = 450;
    private const int PanelTop = 1030;

    /// <summary>Where the pledges are set: clear of the QR panel below, and a little wider than the margins.</summary>
    internal static readonly SKRect PledgeArea = SKRect.Create(Margin, 530, Width - Margin - 60, PanelTop - 40 - 530);

    /// <summary>Where the QR code is drawn, quiet zone included.</summary>
    internal static readonly SKRectI QrArea = new(90, PanelTop + 15, 340, PanelTop + 265);

    public byte[] Render(PledgeCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var catalog = content.Current;
        var language = Languages.FromLocale(card.Language);
        var statements = card.PledgeIds
            .Select(id => catalog.Pledges(language).FirstOrDefault(p => p.Id == id)?.Text
                ?? throw new ArgumentException($"Content has no pledge '{id}'.", nameof(card)))
            .Select(fonts.Printable)
            .ToArray();

        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(CardPalette.Paper);
        DrawBand(canvas, fonts.Printable(catalog.Get(language, CardText.Campaign)));

        var number = fonts.Printable(catalog.Get(language, CardText.Number, ("number", language.Format(card.Number))));
        using var numberFont = LineBreaker.ShrinkToFit(new SKFont(fonts.Bold, 84), number, Width - (2 * Margin));
        Write(canvas, [number], numberFont, CardPalette.Accent, Margin, NumberTop, 0);
        using var headingFont = new SKFont(fonts.Bold, 38);
        Write(canvas, [fonts.Printable(catalog.Get(language, CardText.Pledges))], headingFont, CardPalette.Heading, Margin, HeadingTop, 0);
        new PledgeList(fonts.Regular, statements).Draw(canvas, PledgeArea);

        DrawPanel(canvas, links.InviteUrl(card.InviteCode), catalog, language);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private void DrawBand(SKCanvas canvas, string campaign)
    {
        using var shader = SKShader.CreateLinearGradient(
            new SKPoint(0, 0), new SKPoint(Width, BandHeight), [CardPalette.BandStart, CardPalette.BandEnd], SKShaderTileMode.Clamp);
        using var band = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, Width, BandHeight, band);

        // "Không Một Mình – Cùng nhau an toàn trực tuyến": the name large, the slogan after the dash beneath it.
        var parts = campaign.Split(" – ", 2, StringSplitOptions.TrimEntries);
        using var title = new SKFont(fonts.Bold, 76);
        using var slogan = new SKFont(fonts.Regular, 42);
        var titleLines = LineBreaker.Wrap(title, parts[0], Width - (2 * Margin));
        var sloganLines = parts.Length > 1 ? LineBreaker.Wrap(slogan, parts[1], Width - (2 * Margin)) : [];
        var height = (titleLines.Count * 92) + (sloganLines.Count * 56);
        var top = Math.Max(40, (BandHeight - height) / 2);
        var bottom = Write(canvas, titleLines, title, CardPalette.OnBand, Margin, top, 92);
        Write(canvas, sloganLines, slogan, CardPalette.OnBandSoft, Margin, bottom, 56);
    }

    private void DrawPanel(SKCanvas canvas, string inviteUrl, ContentCatalog catalog, Language language)
    {
        var panel = new SKRoundRect(SKRect.Create(60, PanelTop, Width - 120, 280), 32);
        using var fill = new SKPaint { Color = CardPalette.Panel, IsAntialias = true };
        using var edge = new SKPaint { Color = CardPalette.PanelEdge, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3 };
        canvas.DrawRoundRect(panel, fill);
        canvas.DrawRoundRect(panel, edge);
        CardQrCode.Draw(canvas, QrArea, CardQrCode.Modules(inviteUrl), CardPalette.QrDark);

        var left = QrArea.Right + 40;
        var width = Width - 100 - left;
        using var scanFont = new SKFont(fonts.Bold, 42);
        using var tagFont = new SKFont(fonts.Bold, 36);
        var scan = LineBreaker.Wrap(scanFont, fonts.Printable(catalog.Get(language, CardText.Scan)), width);
        var tags = LineBreaker.Wrap(tagFont, fonts.Printable(catalog.Get(language, CardText.Hashtags)), width);
        var height = (scan.Count * 56) + 24 + (tags.Count * 50);
        var top = QrArea.MidY - (height / 2);
        var bottom = Write(canvas, scan, scanFont, CardPalette.Heading, left, top, 56);
        Write(canvas, tags, tagFont, CardPalette.Hashtags, left, bottom + 24, 50);
    }

    /// <summary>Draws lines from <paramref name="top"/> down and returns where the next line would start.</summary>
    internal static float Write(SKCanvas canvas, IReadOnlyList<string> lines, SKFont font, SKColor color, float left, float top, float lineHeight)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var step = lineHeight > 0 ? lineHeight : font.Spacing;
        foreach (var line in lines)
        {
            canvas.DrawText(line, left, top - font.Metrics.Ascent, SKTextAlign.Left, font, paint);
            top += step;
        }

        return top;
    }
}

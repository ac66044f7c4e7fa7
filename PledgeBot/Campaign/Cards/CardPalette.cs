using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>The card's colours: a calm blue-to-violet band, warm paper, an orange that marks the pledger's number.</summary>
internal static class CardPalette
{
    public static readonly SKColor Paper = new(0xFF, 0xF7, 0xED);
    public static readonly SKColor BandStart = new(0x1E, 0x3A, 0x8A);
    public static readonly SKColor BandEnd = new(0x6D, 0x28, 0xD9);
    public static readonly SKColor OnBand = SKColors.White;
    public static readonly SKColor OnBandSoft = new(0xE0, 0xE7, 0xFF);
    public static readonly SKColor Accent = new(0xEA, 0x58, 0x0C);
    public static readonly SKColor Heading = new(0x1E, 0x3A, 0x8A);
    public static readonly SKColor Body = new(0x1F, 0x29, 0x37);
    public static readonly SKColor Panel = SKColors.White;
    public static readonly SKColor PanelEdge = new(0xE5, 0xE7, 0xEB);
    public static readonly SKColor QrDark = new(0x11, 0x18, 0x27);
    public static readonly SKColor Hashtags = new(0x6D, 0x28, 0xD9);
}

using PledgeBot.Campaign.Cards;
using SkiaSharp;

namespace PledgeBot.Tests.Campaign.Cards;

/// <summary>Reading rendered cards back: decoding, and looking at pixels.</summary>
internal static class CardImages
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a decodable image.");

    public static bool IsDark(SKColor pixel) => (pixel.Red * 0.299) + (pixel.Green * 0.587) + (pixel.Blue * 0.114) < 128;

    public static IEnumerable<SKColor> Pixels(SKBitmap bitmap, SKRectI area)
    {
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }

}

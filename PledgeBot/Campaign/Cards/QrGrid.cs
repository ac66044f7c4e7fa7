using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>Where a QR code's modules fall on the card: whole-pixel squares, so each module has crisp edges and a
/// test can sample its centre.</summary>
internal readonly record struct QrGrid(int Left, int Top, int ModuleSize, int Count)
{
    /// <summary>The largest whole-pixel grid of <paramref name="count"/> modules centred in <paramref name="area"/>.</summary>
    public static QrGrid Fit(SKRectI area, int count)
    {
        var size = Math.Min(area.Width, area.Height) / count;
        var side = size * count;
        return new QrGrid(area.Left + ((area.Width - side) / 2), area.Top + ((area.Height - side) / 2), size, count);
    }

    public SKRectI Module(int row, int column) =>
        SKRectI.Create(Left + (column * ModuleSize), Top + (row * ModuleSize), ModuleSize, ModuleSize);
}

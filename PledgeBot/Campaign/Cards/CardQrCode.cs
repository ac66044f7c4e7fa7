using QRCoder;
using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>A QR code drawn as Skia squares from QRCoder's module matrix (quiet zone included).</summary>
internal static class CardQrCode
{
    /// <summary>The modules of <paramref name="text"/>, dark = true; ECC level M survives a scuffed phone screen.</summary>
    public static bool[,] Modules(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var count = data.ModuleMatrix.Count;
        var modules = new bool[count, count];
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                modules[row, column] = data.ModuleMatrix[row][column];
            }
        }

        return modules;
    }

    public static QrGrid Draw(SKCanvas canvas, SKRectI area, bool[,] modules, SKColor dark)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(modules);
        var grid = QrGrid.Fit(area, modules.GetLength(0));
        using var paint = new SKPaint { Color = dark, IsAntialias = false, Style = SKPaintStyle.Fill };
        for (var row = 0; row < grid.Count; row++)
        {
            for (var column = 0; column < grid.Count; column++)
            {
                if (modules[row, column])
                {
                    canvas.DrawRect(grid.Module(row, column), paint);
                }
            }
        }

        return grid;
    }
}

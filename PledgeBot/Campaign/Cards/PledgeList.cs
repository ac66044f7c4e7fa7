using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>The chosen pledges as a bulleted list, set as large as the space allows, indented by one em. Every pledge is shown: at the
/// smallest size, the longest are cut to fewer lines with an ellipsis (ten one-line pledges always fit) rather than
/// running into the QR panel or dropping off the card.</summary>
internal sealed class PledgeList(SKTypeface typeface, IReadOnlyList<string> statements)
{
    private const float LargestSize = 44;
    private const float SmallestSize = 24;
    private const float Leading = 1.35f;

    public PledgeLayout Fit(SKRect area)
    {
        using var font = new SKFont(typeface, LargestSize);
        var wrapped = Layout(font, area.Width - font.Size);
        while (Height(wrapped.Select(lines => lines.Count), font.Size) > area.Height && font.Size > SmallestSize)
        {
            font.Size -= 2;
            wrapped = Layout(font, area.Width - font.Size);
        }

        // Still too long at the smallest size: the longest pledge gives up a line, until all fit.
        var budget = wrapped.Select(lines => lines.Count).ToArray();
        while (Height(budget, font.Size) > area.Height && budget.Max() > 1)
        {
            budget[Array.IndexOf(budget, budget.Max())]--;
        }

        var lines = wrapped.Select((all, i) => all.Count <= budget[i]
            ? all
            : [.. all.Take(budget[i] - 1), LineBreaker.Ellipsize(font, all[budget[i] - 1], area.Width - font.Size)]).ToArray();
        return new PledgeLayout(font.Size, lines, budget.Sum() < wrapped.Sum(all => all.Count));
    }

    public void Draw(SKCanvas canvas, SKRect area)
    {
        var layout = Fit(area);
        using var font = new SKFont(typeface, layout.Size);
        using var bullet = new SKPaint { Color = CardPalette.Accent, IsAntialias = true };
        var lineHeight = font.Size * Leading;
        var top = area.Top;
        foreach (var lines in layout.Lines.TakeWhile(lines => top + (lines.Count * lineHeight) <= area.Bottom + 1))
        {
            canvas.DrawCircle(area.Left + (font.Size * 0.3f), top - font.Metrics.Ascent - (font.Size * 0.3f), font.Size * 0.2f, bullet);
            top = PledgeCardRenderer.Write(canvas, lines, font, CardPalette.Body, area.Left + font.Size, top, lineHeight) + Gap(font.Size);
        }
    }

    private List<IReadOnlyList<string>> Layout(SKFont font, float width) =>
        [.. statements.Select(statement => LineBreaker.Wrap(font, statement, width))];

    private static float Height(IEnumerable<int> lineCounts, float size)
    {
        var counts = lineCounts.ToArray();
        return (counts.Sum() * size * Leading) + ((counts.Length - 1) * Gap(size));
    }

    private static float Gap(float size) => size * 0.4f;
}

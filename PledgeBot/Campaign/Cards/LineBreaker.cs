using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide.</summary>
internal static class LineBreaker
{
    public static IReadOnlyList<string> Wrap(SKFont font, string text, float width)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (font.MeasureText(candidate) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (font.MeasureText(line) > width && line.Length > 1)
            {
                var fits = Fitting(font, line, width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The line cut short with an ellipsis so that it fits.</summary>
    public static string Ellipsize(SKFont font, string line, float width)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(line);
        const string Ellipsis = "…";
        var text = line;
        while (text.Length > 0 && font.MeasureText(text + Ellipsis) > width)
        {
            text = text[..^1];
        }

        return text.TrimEnd() + Ellipsis;
    }

    /// <summary>The font made smaller, down to half its size, until <paramref name="line"/> fits on one line.</summary>
    public static SKFont ShrinkToFit(SKFont font, string line, float width)
    {
        ArgumentNullException.ThrowIfNull(font);
        var smallest = font.Size / 2;
        while (font.MeasureText(line) > width && font.Size > smallest)
        {
            font.Size -= 2;
        }

        return font;
    }

    // How many characters of a too-wide word fit, at least one; never splits a surrogate pair.
    private static int Fitting(SKFont font, string word, float width)
    {
        var fits = 1;
        while (fits < word.Length && font.MeasureText(word[..(fits + 1)]) <= width)
        {
            fits++;
        }

        return fits < word.Length && char.IsLowSurrogate(word[fits]) ? (fits > 1 ? fits - 1 : fits + 1) : fits;
    }
}

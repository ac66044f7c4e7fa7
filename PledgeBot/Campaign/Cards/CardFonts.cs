using System.Globalization;
using System.Text;
using SkiaSharp;

namespace PledgeBot.Campaign.Cards;

/// <summary>The card's typefaces: Noto Sans (OFL, Cards/Fonts) shipped inside the assembly, because Skia's Linux
/// NoDependencies build finds no system fonts and a missing font would draw Vietnamese as empty boxes.</summary>
public sealed class CardFonts : IDisposable
{
    private const string ResourcePrefix = "PledgeBot.Campaign.Cards.Fonts.";

    public SKTypeface Regular { get; } = Load("NotoSans-Regular.ttf");

    public SKTypeface Bold { get; } = Load("NotoSans-Bold.ttf");

    /// <summary>The text as the card can draw it: composed (NFC, so each Vietnamese letter is one glyph of the font),
    /// on one line, without characters the font lacks (an emoji would otherwise show as a box).</summary>
    public string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var font = new SKFont(Regular);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.Control && font.ContainsGlyph(rune.Value))
            {
                builder.Append(rune.ToString());
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string fileName)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The font {fileName} is not embedded in the assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {fileName} could not be read.");
    }
}

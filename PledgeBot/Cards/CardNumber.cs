using System.Globalization;
using PledgeBot.Dialogs.Turns;

namespace PledgeBot.Cards;

/// <summary>A pledge number as each language writes it: 12.345 in Vietnamese, 12,345 in English. Spelled out here
/// rather than taken from ICU, so a card looks the same on every machine.</summary>
internal static class CardNumber
{
    private static readonly NumberFormatInfo s_vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo s_english = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    public static string Format(long number, Language language) =>
        number.ToString("#,0", language == Language.Vietnamese ? s_vietnamese : s_english);
}

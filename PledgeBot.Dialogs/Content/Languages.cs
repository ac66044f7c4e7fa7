using System.Globalization;

namespace PledgeBot.Dialogs.Content;

/// <summary>Maps BCP 47 locales to the bot's languages and back.</summary>
public static class Languages
{
    private static readonly NumberFormatInfo s_vietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo s_englishNumbers = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    /// <summary>vi* is Vietnamese, any other locale English; no locale at all is the campaign default, Vietnamese.</summary>
    public static Language FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) || locale.StartsWith("vi", StringComparison.OrdinalIgnoreCase)
            ? Language.Vietnamese
            : Language.English;

    public static string Locale(this Language language) => language == Language.Vietnamese ? "vi-VN" : "en-US";

    public static string Code(this Language language) => language == Language.Vietnamese ? "vi" : "en";

    /// <summary>A count as each language writes it: 12.345 in Vietnamese, 12,345 in English. Spelled out rather than
    /// taken from ICU, so messages and cards read the same on every machine.</summary>
    public static string Format(this Language language, long number) =>
        number.ToString("#,0", language == Language.Vietnamese ? s_vietnameseNumbers : s_englishNumbers);
}

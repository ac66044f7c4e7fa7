namespace PledgeBot.Dialogs.Turns;

/// <summary>Maps BCP 47 locales to the bot's languages and back.</summary>
public static class Languages
{
    /// <summary>vi* is Vietnamese, any other locale English; no locale at all is the campaign default, Vietnamese.</summary>
    public static Language FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) || locale.StartsWith("vi", StringComparison.OrdinalIgnoreCase)
            ? Language.Vietnamese
            : Language.English;

    public static string Locale(this Language language) => language == Language.Vietnamese ? "vi-VN" : "en-US";

    public static string Code(this Language language) => language == Language.Vietnamese ? "vi" : "en";
}

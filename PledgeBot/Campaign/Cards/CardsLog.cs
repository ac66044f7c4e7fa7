namespace PledgeBot.Campaign.Cards;

// Event ids 6100–6199 belong to Cards and Links. Never log a key, only where it lives; a card carries no personal data,
// but its invite code is still left out.
internal static partial class CardsLog
{
    [LoggerMessage(6104, LogLevel.Information, "Refused a pledge card request whose signature does not match")]
    public static partial void SignatureRefused(this ILogger logger);

    [LoggerMessage(6105, LogLevel.Debug, "Rendered a {Language} pledge card with {Pledges} pledges in {ElapsedMs} ms ({Bytes} bytes)")]
    public static partial void CardRendered(this ILogger logger, string language, int pledges, long elapsedMs, int bytes);
}

namespace PledgeBot.Campaign.Stats;

// Event ids 3180–3199 belong to Stats.
internal static partial class StatsLog
{
    [LoggerMessage(3180, LogLevel.Warning, "The store did not answer for the public totals; serving those of {UpdatedAt:O}")]
    public static partial void StaleTotalsServed(this ILogger logger, DateTime updatedAt, Exception exception);

    [LoggerMessage(3181, LogLevel.Warning, "The store did not answer for the public totals and none were read before")]
    public static partial void TotalsUnavailable(this ILogger logger, Exception exception);
}

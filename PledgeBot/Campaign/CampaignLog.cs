namespace PledgeBot.Campaign;

// Event ids 3100–3149 belong to Campaign (3150–3179 to Referrals, 3180–3199 to Stats). Numbers and counts only:
// never a user hash, so a log line cannot be joined back to a pledger.
internal static partial class CampaignLog
{
    [LoggerMessage(3101, LogLevel.Debug, "Pledge {Number} recorded on {Channel}")]
    public static partial void PledgeRecorded(this ILogger logger, long number, string channel);

    [LoggerMessage(3102, LogLevel.Debug, "Pledge {Number} was already recorded; nothing counted")]
    public static partial void PledgeRepeated(this ILogger logger, long number);

    [LoggerMessage(3103, LogLevel.Information, "A pledger's marker was erased; the aggregate counts stay")]
    public static partial void PledgerErased(this ILogger logger);

    [LoggerMessage(3104, LogLevel.Debug, "A referral code of {Length} characters is not a code; counted without one")]
    public static partial void ReferralCodeIgnored(this ILogger logger, int length);
}

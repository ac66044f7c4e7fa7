namespace PledgeBot.Referrals;

// Event ids 3150–3179 belong to Referrals. Codes are public (they are printed on posters); owners are never logged.
internal static partial class ReferralsLog
{
    [LoggerMessage(3150, LogLevel.Debug, "Peer code {Code} exists already; drawing another")]
    public static partial void PeerCodeTaken(this ILogger logger, string code);

    [LoggerMessage(3151, LogLevel.Debug, "Peer code {Code} created")]
    public static partial void PeerCodeCreated(this ILogger logger, string code);

    [LoggerMessage(3152, LogLevel.Debug, "Reach through {Code} not counted: no such active code")]
    public static partial void ReachIgnored(this ILogger logger, string code);

    [LoggerMessage(3153, LogLevel.Information, "Released {Count} peer codes of a user who asked to delete their data")]
    public static partial void PeerCodesReleased(this ILogger logger, int count);


    [LoggerMessage(3155, LogLevel.Information, "Staff imported referral codes: {Created} created, {Rejected} rejected")]
    public static partial void CodesImported(this ILogger logger, int created, int rejected);

    [LoggerMessage(3156, LogLevel.Warning, "Stats page for {Code} refused: wrong signature")]
    public static partial void StatsSignatureRefused(this ILogger logger, string code);
}

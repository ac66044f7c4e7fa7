using Microsoft.Extensions.Logging;

namespace PledgeBot.Dialogs.Referrals;

// Event ids 2300–2349 belong to Referrals in the dialogs. Codes are public; user ids are never logged.
internal static partial class ReferralsLog
{
    [LoggerMessage(2301, LogLevel.Debug, "Referral {Code} on {Channel}: {Kind}, first touch {FirstTouch}")]
    public static partial void ReferralCaptured(this ILogger logger, string code, string channel, string kind, bool firstTouch);

    [LoggerMessage(2302, LogLevel.Debug, "Typed code on {Channel} is no active code; handled as a message")]
    public static partial void TypedCodeUnknown(this ILogger logger, string channel);
}

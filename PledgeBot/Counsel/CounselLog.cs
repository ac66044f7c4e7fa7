using PledgeBot.Conversations;

namespace PledgeBot.Counsel;

// Event ids 6500–6549 belong to Counsel. Key ids, chat ids (random), channels and outcomes; never text or user ids.
internal static partial class CounselLog
{
    [LoggerMessage(6501, LogLevel.Information, "Counsellor key {KeyId} {Action} chat {Chat}")]
    public static partial void CounsellorAction(this ILogger logger, string keyId, string action, string chat);

    [LoggerMessage(6502, LogLevel.Warning, "Chat {Chat}: the message to the young person on {Channel} was not delivered ({Outcome})")]
    public static partial void DeliveryFailed(this ILogger logger, string chat, string channel, ProactiveOutcome outcome);

    [LoggerMessage(6503, LogLevel.Warning, "Chat {Chat}: its conversation reference could not be read (a changed Counsel:TranscriptKey?)")]
    public static partial void ReferenceUnreadable(this ILogger logger, string chat);

    [LoggerMessage(6504, LogLevel.Information, "Chat {Chat} waited past Counsel:MaxWait; 111 offered again")]
    public static partial void WaitRanOut(this ILogger logger, string chat);

    [LoggerMessage(6505, LogLevel.Warning, "Looking for waits that ran out failed ({Reason}); trying again")]
    public static partial void SweepFailed(this ILogger logger, string reason);

    [LoggerMessage(6506, LogLevel.Information, "{Count} counsellor key hashes configured")]
    public static partial void CounsellorKeysConfigured(this ILogger logger, int count);

    [LoggerMessage(6507, LogLevel.Warning, "Handoff:Mode is console but Counsel:ApiKeys is empty: nobody can open the console")]
    public static partial void NoCounsellorKeys(this ILogger logger);

    [LoggerMessage(6508, LogLevel.Warning, "Counsel request with a wrong key refused")]
    public static partial void CounsellorKeyRefused(this ILogger logger);
}

namespace PledgeBot.Classes;

// Event ids 3220–3249 belong to Classes. Class codes (public, on the projector), moves and counts only: never a
// student's hash, nickname, reference or a teacher token.
internal static partial class ClassesLog
{
    [LoggerMessage(3220, LogLevel.Information, "Class {Code} created ({Questions} questions, {Language})")]
    public static partial void ClassCreated(this ILogger logger, string code, int questions, string language);

    [LoggerMessage(3221, LogLevel.Information, "Class {Code}: {Move}, now at question index {Index}")]
    public static partial void ClassMoved(this ILogger logger, string code, string move, int index);

    [LoggerMessage(3222, LogLevel.Information, "Class {Code}: {Phase} sent to {Delivered} students, {Failed} not reached")]
    public static partial void ClassDelivered(this ILogger logger, string code, string phase, int delivered, int failed);

    [LoggerMessage(3223, LogLevel.Warning, "Class {Code}: sending the {Phase} failed ({Error})")]
    public static partial void ClassDeliveryFailed(this ILogger logger, string code, string phase, string error);

    [LoggerMessage(3224, LogLevel.Warning, "Class signal not published ({Error})")]
    public static partial void ClassSignalFailed(this ILogger logger, string error);

    [LoggerMessage(3225, LogLevel.Warning, "Class {Code}: a new student's counts were not written ({Error})")]
    public static partial void ClassCountFailed(this ILogger logger, string code, string error);

    [LoggerMessage(3226, LogLevel.Information, "Class {Code}: results {File} read by {Reader}")]
    public static partial void ClassResultsRead(this ILogger logger, string code, string file, string reader);
}

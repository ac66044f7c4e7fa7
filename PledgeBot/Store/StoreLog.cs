namespace PledgeBot.Store;

// Event ids 3000–3099 belong to Store (generated keys log in Secrets, 6400s).
internal static partial class StoreLog
{
    [LoggerMessage(3001, LogLevel.Information, "Embedded Garnet listening on 127.0.0.1:{Port} with data in {DataDirectory}")]
    public static partial void EmbeddedGarnetStarted(this ILogger logger, int port, string dataDirectory);

    [LoggerMessage(3002, LogLevel.Information, "Embedded Garnet stopped; data kept in {DataDirectory}")]
    public static partial void EmbeddedGarnetStopped(this ILogger logger, string dataDirectory);

    [LoggerMessage(3003, LogLevel.Information, "Store connecting to {Endpoints}")]
    public static partial void StoreConnecting(this ILogger logger, string endpoints);

    [LoggerMessage(3004, LogLevel.Debug, "Conversation {StateKey} changed since version {ExpectedVersion}; write refused")]
    public static partial void WriteConflict(this ILogger logger, string stateKey, long expectedVersion);

    [LoggerMessage(3006, LogLevel.Debug, "Conversation {StateKey} already processed the activity; write refused")]
    public static partial void WriteOfSeenActivityRefused(this ILogger logger, string stateKey);

    [LoggerMessage(3005, LogLevel.Information, "Store ready on {Endpoints}; connected: {Connected}")]
    public static partial void StoreReady(this ILogger logger, string endpoints, bool connected);

    [LoggerMessage(3007, LogLevel.Warning, "Loading the state scripts into the store at start failed ({ExceptionType}); the first turns will send them")]
    public static partial void ScriptsNotPreloaded(this ILogger logger, string exceptionType);

    [LoggerMessage(3008, LogLevel.Warning, "A short-lived value (a channel's keyboard, button or \"More…\" list) could not be {Operation} in the store ({ExceptionType}); the user is asked to type instead")]
    public static partial void ExpiringValueNotKept(this ILogger logger, string operation, string exceptionType);
}

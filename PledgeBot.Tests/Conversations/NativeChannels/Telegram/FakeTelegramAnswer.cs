namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

/// <summary>A scripted Bot API answer: a status and the JSON body Telegram would send.</summary>
public sealed record FakeTelegramAnswer(int Status, string Body)
{
    public static FakeTelegramAnswer TooManyRequests(int retryAfter) => new(
        429, $$$"""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after {{{retryAfter}}}","parameters":{"retry_after":{{{retryAfter}}}}}""");

    public static FakeTelegramAnswer Blocked { get; } = new(403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

    public static FakeTelegramAnswer BadRequest { get; } = new(400, """{"ok":false,"error_code":400,"description":"Bad Request: message text is empty"}""");

    public static FakeTelegramAnswer BadGateway { get; } = new(502, "<html><body>502 Bad Gateway</body></html>");
}

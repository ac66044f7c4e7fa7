namespace PledgeBot.Auth;

/// <summary>The issuers Bot Connector authentication accepts, for channel tokens and for Emulator (Entra-issued)
/// tokens.</summary>
internal static class TokenIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>The Emulator's v1.0 and v2.0 issuers of the Bot Framework's two Entra tenants.</summary>
    public static IReadOnlyList<string> Emulator { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>A single-tenant bot's own tenant issues its Emulator tokens too.</summary>
    public static IReadOnlyList<string> ForTenant(string tenantId) =>
        [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
}

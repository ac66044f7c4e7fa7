namespace PledgeBot.Auth;

/// <summary>What the bot's outbound token is for (Bot Connector authentication).</summary>
internal static class ConnectorScopes
{
    public const string BotFramework = "https://api.botframework.com/.default";

    public const string MultiTenantAuthority = "https://login.microsoftonline.com/botframework.com";

    public static string SingleTenantAuthority(string tenantId) => $"https://login.microsoftonline.com/{tenantId}";

    /// <summary>Renew this long before a token expires, so a reply never leaves with one about to lapse.</summary>
    public static TimeSpan RenewalMargin { get; } = TimeSpan.FromMinutes(5);
}

using Microsoft.IdentityModel.Tokens;

namespace PledgeBot.Tests.Auth;

/// <summary>What a test token says; tests change one thing with <c>with</c>.</summary>
public sealed record TestToken(string Issuer, string? Audience, DateTimeOffset NotBefore, DateTimeOffset Expires)
{
    public IReadOnlyDictionary<string, string> Claims { get; init; } = new Dictionary<string, string>();

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public static TestToken Channel(string appId, string serviceUrl) =>
        new("https://api.botframework.com", appId, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(30))
        {
            Claims = new Dictionary<string, string> { ["serviceurl"] = serviceUrl },
        };

    /// <summary>As the Emulator sends it: issued by an Entra tenant to the bot's own app id, in appid (v1.0) or azp (v2.0).</summary>
    public static TestToken Emulator(string appId, string version) =>
        new(version == "1.0"
                ? "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"
                : "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            "https://api.botframework.com",
            DateTimeOffset.UtcNow.AddMinutes(-1),
            DateTimeOffset.UtcNow.AddMinutes(30))
        {
            Claims = new Dictionary<string, string> { ["ver"] = version, [version == "1.0" ? "appid" : "azp"] = appId },
        };
}

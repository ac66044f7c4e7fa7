namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The OA's token pair as the store holds it. <see cref="LostMarker"/> names a refresh token Zalo refused,
/// <see cref="SeedMarker"/> the configured refresh token already spent (each works once).</summary>
public sealed record ZaloStoredToken(
    string? AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, string? LostMarker, string? SeedMarker)
{
    public static ZaloStoredToken None { get; } = new(null, null, null, null, null);

    /// <summary>True when the access token works until at least <paramref name="until"/>.</summary>
    public bool ValidUntil(DateTimeOffset until) => AccessToken is not null && ExpiresAt is { } expires && expires > until;
}

namespace PledgeBot.NativeChannels.Zalo;

/// <summary>The OA's token pair as the store holds it; <see cref="LostMarker"/> names a refresh token Zalo refused.</summary>
public sealed record ZaloStoredToken(string? AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt, string? LostMarker)
{
    public static ZaloStoredToken None { get; } = new(null, null, null, null);

    /// <summary>True when the access token works until at least <paramref name="until"/>.</summary>
    public bool ValidUntil(DateTimeOffset until) => AccessToken is not null && ExpiresAt is { } expires && expires > until;
}

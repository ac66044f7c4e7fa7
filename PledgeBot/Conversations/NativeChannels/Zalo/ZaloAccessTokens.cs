using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The OA access token (docs/channels/zalo.md, "Tokens"): read from the store, refreshed ~1 h before it
/// expires (or when Zalo rejects it with -216/-220), by one caller at a time in this process and one instance at a
/// time across instances. The new pair is stored before the new access token is used; callers that waited re-read the
/// stored pair.</summary>
public sealed class ZaloAccessTokens(
    ZaloTokenStore store,
    ZaloOAuthClient oauth,
    IOptions<ZaloOptions> options,
    TimeProvider clock,
    ILogger<ZaloAccessTokens> logger) : IDisposable
{
    private static readonly TimeSpan s_lockLease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_lockPoll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_lockWait = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeSpan _ahead = options.Value.RefreshAhead;

    /// <summary>A working access token, refreshing first when it is missing, expired or about to expire.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(cancellationToken);
        return stored.ValidUntil(clock.GetUtcNow() + _ahead)
            ? stored.AccessToken!
            : await RefreshAsync(stored.AccessToken, rejected: false, cancellationToken);
    }

    /// <summary>A token other than <paramref name="rejected"/>, which Zalo just refused (-216/-220).</summary>
    public Task<string> RenewAsync(string rejected, CancellationToken cancellationToken) =>
        RefreshAsync(rejected, rejected: true, cancellationToken);

    /// <summary>Refreshes when the stored token is within <see cref="ZaloOptions.RefreshAhead"/> of expiring; the
    /// background refresher's call. Nothing happens while the store holds no pair (the first send refreshes).</summary>
    public async Task RefreshIfDueAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(cancellationToken);
        if (stored.ExpiresAt is not null && !stored.ValidUntil(clock.GetUtcNow() + _ahead) && stored.RefreshToken is not null)
        {
            await RefreshAsync(stored.AccessToken, rejected: false, cancellationToken);
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The marker kept for a refused refresh token: enough to recognise it, useless to anyone reading it.</summary>
    internal static string Marker(string refreshToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)).AsSpan(0, 16));

    private async Task<string> RefreshAsync(string? stale, bool rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await FresherAsync(stale, rejected, cancellationToken) is { } fresher)
            {
                return fresher;
            }

            var lockToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            var giveUp = clock.GetUtcNow() + s_lockWait;
            while (!await store.TryLockAsync(lockToken, s_lockLease, cancellationToken))
            {
                // Another instance is refreshing: wait for the pair it stores.
                await Task.Delay(s_lockPoll, clock, cancellationToken);
                if (await FresherAsync(stale, rejected, cancellationToken) is { } stored)
                {
                    logger.RefreshedElsewhere();
                    return stored;
                }

                if (clock.GetUtcNow() > giveUp)
                {
                    throw new ChannelSendException(ZaloActivities.ChannelId, "token-refresh-busy", permanent: false);
                }
            }

            try
            {
                return await FresherAsync(stale, rejected, cancellationToken)
                    ?? await RefreshUnderLockAsync(rejected, cancellationToken);
            }
            finally
            {
                await store.ReleaseAsync(lockToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    // A stored token someone else refreshed since the caller looked: not the stale one, and (unless the caller only
    // needs a replacement for a rejected token) not about to expire.
    private async Task<string?> FresherAsync(string? stale, bool rejected, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var fresher = stored.AccessToken != stale && stored.ValidUntil(rejected ? now : now + _ahead);
        return fresher ? stored.AccessToken : null;
    }

    private async Task<string> RefreshUnderLockAsync(bool rejected, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(cancellationToken);
        var seed = stored.RefreshToken is null ? UnspentConfiguredToken(stored, options.Value) : null;
        var refreshToken = stored.RefreshToken ?? seed;
        if (refreshToken is null)
        {
            throw new ChannelSendException(ZaloActivities.ChannelId, "refresh-token-lost", permanent: true);
        }

        ZaloTokenAnswer answer;
        try
        {
            answer = await oauth.RefreshAsync(refreshToken, cancellationToken);
        }
        catch (ChannelSendException exception) when (!rejected && stored.ValidUntil(clock.GetUtcNow()))
        {
            // A token that still works until it expires is better than none; the next send or check tries again.
            logger.RefreshFailed(exception.Reason);
            Observability.HostMetrics.ZaloTokenRefresh("failed");
            return stored.AccessToken!;
        }

        if (answer is { AccessToken.Length: > 0, ExpiresIn: > 0 })
        {
            var expiresAt = clock.GetUtcNow().AddSeconds(answer.ExpiresIn.Value);
            // Single-use: the new pair must be safe in the store before the new access token is used.
            await store.SaveAsync(
                answer.AccessToken, answer.RefreshToken ?? refreshToken, expiresAt, seed is null ? null : Marker(seed), cancellationToken);
            logger.TokenRefreshed(answer.ExpiresIn.Value);
            Observability.HostMetrics.ZaloTokenRefresh("refreshed");
            return answer.AccessToken;
        }

        await store.MarkLostAsync(Marker(refreshToken), cancellationToken);
        logger.RefreshTokenLost(answer.Error ?? 0, ErrorNameForLog(answer.ErrorName));
        Observability.HostMetrics.ZaloTokenRefresh("lost");
        throw new ChannelSendException(ZaloActivities.ChannelId, "refresh-token-lost", permanent: true);
    }

    /// <summary>The configured refresh token while it is unspent: it seeds an empty store once; after that (or once
    /// Zalo refused it) only a new one, set after re-authorising the OA, is tried.</summary>
    internal static string? UnspentConfiguredToken(ZaloStoredToken stored, ZaloOptions zalo)
    {
        var configured = zalo.RefreshToken;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var marker = Marker(configured);
        return stored.LostMarker == marker || stored.SeedMarker == marker ? null : configured;
    }

    private static string ErrorNameForLog(string? name) =>
        name is { Length: <= 60 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ' ') ? name : "unknown";
}

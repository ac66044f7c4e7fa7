using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Store;

namespace PledgeBot.Auth;

/// <summary>The serviceUrls that arrived with a validated token, each trusted for a while after its last activity; the
/// bot's token goes to no other address. Each instance keeps its own map for replies, and shares what it trusts through
/// the store (<see cref="TrustAsync"/>, <see cref="IsTrustedAsync"/>) so a message sent outside the user's turn (a
/// counsellor's reply, a class question) may leave from any instance.</summary>
public sealed class TrustedServiceUrls(
    IOptions<BotFrameworkOptions> options, TimeProvider clock, IExpiringValues? shared = null, RedisKeys? keys = null)
{
    /// <summary>How long a serviceUrl read from the store is believed before it is read again.</summary>
    private static readonly TimeSpan s_sharedReadFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _trustedUntil = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sharedUntil = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => Remember(serviceUrl);

    /// <summary>Trusts <paramref name="serviceUrl"/> here and in the store. The store is written when this instance
    /// has not shared it in the last tenth of the lifetime, so a busy channel costs one write now and then, not one
    /// per activity.</summary>
    public async Task TrustAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        var (url, until) = Remember(serviceUrl);
        if (shared is null || keys is null)
        {
            return;
        }

        var lifetime = options.Value.TrustedServiceUrlLifetime;
        if (_sharedUntil.TryGetValue(url, out var sharedUntil) && until - sharedUntil < lifetime / 10)
        {
            return;
        }

        _sharedUntil[url] = until;
        await shared.SetAsync(keys.TrustedServiceUrl(Digest(url)), "1", lifetime, cancellationToken);
    }

    public bool IsTrusted(string serviceUrl) =>
        _trustedUntil.TryGetValue(Normalize(serviceUrl), out var until) && until > clock.GetUtcNow();

    /// <summary>Trusted here, or by another instance within the lifetime (read from the store).</summary>
    public async Task<bool> IsTrustedAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (IsTrusted(serviceUrl))
        {
            return true;
        }

        if (shared is null || keys is null)
        {
            return false;
        }

        var url = Normalize(serviceUrl);
        if (await shared.GetAsync(keys.TrustedServiceUrl(Digest(url)), cancellationToken) is null)
        {
            return false;
        }

        _trustedUntil[url] = clock.GetUtcNow() + Min(s_sharedReadFor, options.Value.TrustedServiceUrlLifetime);
        return true;
    }

    private (string Url, DateTimeOffset Until) Remember(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var now = clock.GetUtcNow();
        var url = Normalize(serviceUrl);
        var until = now + options.Value.TrustedServiceUrlLifetime;
        _trustedUntil[url] = until;

        // Keep the maps small: a busy bot sees a handful of regional serviceUrls, but expired ones should not linger.
        foreach (var (known, knownUntil) in _trustedUntil)
        {
            if (knownUntil <= now)
            {
                _trustedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(known, knownUntil));
                _sharedUntil.TryRemove(known, out _);
            }
        }

        return (url, until);
    }

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;

    // serviceUrls are compared as the Connector client builds URLs from them: with one trailing slash, any case.
    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";

    // A fixed-length store key whatever the URL's length.
    private static string Digest(string url) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.ToUpperInvariant())));
}

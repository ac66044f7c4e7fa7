using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PledgeBot.Auth;

/// <summary>The serviceUrls that arrived with a validated token, each trusted for a while after its last activity; the
/// bot's token goes to no other address (PROTOCOL.md 3.1, "Trusted service URLs"). Per instance: a reply leaves from the
/// instance that validated the activity it answers.</summary>
public sealed class TrustedServiceUrls(IOptions<BotFrameworkOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _trustedUntil = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        var now = clock.GetUtcNow();
        _trustedUntil[Normalize(serviceUrl)] = now + options.Value.TrustedServiceUrlLifetime;

        // Keep the map small: a busy bot sees a handful of regional serviceUrls, but expired ones should not linger.
        foreach (var (url, until) in _trustedUntil)
        {
            if (until <= now)
            {
                _trustedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(url, until));
            }
        }
    }

    public bool IsTrusted(string serviceUrl) =>
        _trustedUntil.TryGetValue(Normalize(serviceUrl), out var until) && until > clock.GetUtcNow();

    // serviceUrls are compared as the Connector client builds URLs from them: with one trailing slash.
    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}

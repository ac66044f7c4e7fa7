using Microsoft.IdentityModel.Protocols;

namespace PledgeBot.Auth;

/// <summary>One issuer's keys, cached by IdentityModel's <see cref="ConfigurationManager{T}"/> and refreshed on its
/// schedule. A token signed with an unknown key id forces a refetch at most once per
/// <see cref="BotFrameworkOptions.UnknownKeyRefetchInterval"/>: the cache is replaced by a fresh one,
/// whose first read always waits for the network, rather than relying on how a given IdentityModel version schedules a
/// requested refresh.</summary>
internal sealed class SigningKeySource(
    string metadataUrl,
    IDocumentRetriever documents,
    TimeSpan refreshInterval,
    TimeSpan unknownKeyRefetchInterval,
    TimeProvider clock)
{
    private static readonly SigningKeysRetriever s_retriever = new();

    private readonly Lock _refetchLock = new();
    private ConfigurationManager<SigningKeys> _cache = Create(metadataUrl, documents, refreshInterval);
    private long? _lastRefetch;

    public string MetadataUrl => metadataUrl;

    public Task<SigningKeys> GetAsync(CancellationToken cancellationToken) => Volatile.Read(ref _cache).GetConfigurationAsync(cancellationToken);

    /// <summary>Refetches the keys unless that was done too recently; false when the refetch was not allowed.</summary>
    public bool TryRefetch()
    {
        lock (_refetchLock)
        {
            var now = clock.GetTimestamp();
            if (_lastRefetch is { } last && clock.GetElapsedTime(last, now) < unknownKeyRefetchInterval)
            {
                return false;
            }

            _lastRefetch = now;
            Volatile.Write(ref _cache, Create(metadataUrl, documents, refreshInterval));
            return true;
        }
    }

    private static ConfigurationManager<SigningKeys> Create(string metadataUrl, IDocumentRetriever documents, TimeSpan refreshInterval) =>
        new(metadataUrl, s_retriever, documents) { AutomaticRefreshInterval = refreshInterval };
}

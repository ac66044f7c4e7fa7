using System.Collections.Concurrent;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Fakes;

/// <summary>The referral port in memory: codes, owners of peer codes, and reach per code.</summary>
public sealed class InMemoryReferralRegistry : IReferralRegistry
{
    private int _next;

    public ConcurrentDictionary<string, UserHash?> PeerCodes { get; } = new();

    public ConcurrentDictionary<string, bool> ActiveCodes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentDictionary<(string Code, UserHash User), string> Reach { get; } = new();

    public Task<bool> IsActiveAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(ActiveCodes.GetValueOrDefault(code) || PeerCodes.ContainsKey(code.ToUpperInvariant()));

    public Task RecordReachAsync(string code, UserHash user, string channel, CancellationToken cancellationToken)
    {
        Reach.TryAdd((code.ToUpperInvariant(), user), channel);
        return Task.CompletedTask;
    }

    public Task<string> CreatePeerCodeAsync(UserHash owner, CancellationToken cancellationToken)
    {
        var code = $"P{Interlocked.Increment(ref _next):D6}";
        PeerCodes[code] = owner;
        return Task.FromResult(code);
    }

    public Task<int> ReleasePeerCodesAsync(UserHash owner, CancellationToken cancellationToken)
    {
        var owned = PeerCodes.Where(pair => pair.Value == owner).Select(pair => pair.Key).ToList();
        foreach (var code in owned)
        {
            PeerCodes[code] = null;
        }

        return Task.FromResult(owned.Count);
    }
}

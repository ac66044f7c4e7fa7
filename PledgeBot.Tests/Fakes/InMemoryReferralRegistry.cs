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

    /// <summary>Each user's first active code: theirs for good.</summary>
    public ConcurrentDictionary<UserHash, string> FirstTouch { get; } = new();

    public ConcurrentQueue<string> Unknown { get; } = new();

    public Task<bool> IsActiveAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(ActiveCodes.GetValueOrDefault(code) || PeerCodes.ContainsKey(code.ToUpperInvariant()));

    public async Task<ReferralTouch> TouchAsync(string code, UserHash user, string channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        if (!await IsActiveAsync(normalized, cancellationToken))
        {
            Unknown.Enqueue(normalized);
            return ReferralTouch.Unknown;
        }

        FirstTouch.TryGetValue(user, out var attributed);
        if (PeerCodes.TryGetValue(normalized, out var owner) && owner == user)
        {
            return new ReferralTouch(ReferralTouchKind.OwnCode, false, attributed);
        }

        if (!Reach.TryAdd((normalized, user), channel))
        {
            return new ReferralTouch(ReferralTouchKind.Repeated, false, attributed);
        }

        var first = FirstTouch.TryAdd(user, normalized);
        return new ReferralTouch(ReferralTouchKind.Reached, first, FirstTouch[user]);
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

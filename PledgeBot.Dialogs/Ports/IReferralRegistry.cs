namespace PledgeBot.Dialogs.Ports;

/// <summary>Referral codes of influencers, schools, booths and pledgers, and the reach attributed to them.</summary>
public interface IReferralRegistry
{
    /// <summary>True when the code exists and is active.</summary>
    Task<bool> IsActiveAsync(string code, CancellationToken cancellationToken);

    /// <summary>Counts a user as reached by a code, once per user and code.</summary>
    Task RecordReachAsync(string code, UserHash user, string channel, CancellationToken cancellationToken);

    /// <summary>Creates a personal invite code (kind <c>peer</c>) owned by the user's hash; never by a name.</summary>
    Task<string> CreatePeerCodeAsync(UserHash owner, CancellationToken cancellationToken);

    /// <summary>Removes the user as owner of their invite codes (the codes and their counts stay). Returns how many.</summary>
    Task<int> ReleasePeerCodesAsync(UserHash owner, CancellationToken cancellationToken);
}

namespace PledgeBot.Dialogs.Ports;

/// <summary>Referral codes of influencers, schools, booths and pledgers, and the reach attributed to them.</summary>
public interface IReferralRegistry
{
    /// <summary>True when the code exists and is active.</summary>
    Task<bool> IsActiveAsync(string code, CancellationToken cancellationToken);

    /// <summary>Records that the user arrived with the code: counted once per user and code, the user's first active code
    /// becomes theirs for good, an unknown or inactive code only adds to the day's unknown bucket.</summary>
    Task<ReferralTouch> TouchAsync(string code, UserHash user, string channel, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Creates a personal invite code (kind <c>peer</c>) owned by the user's hash; never by a name.</summary>
    Task<string> CreatePeerCodeAsync(UserHash owner, CancellationToken cancellationToken);

    /// <summary>Removes the user as owner of their invite codes (the codes and their counts stay). Returns how many.</summary>
    Task<int> ReleasePeerCodesAsync(UserHash owner, CancellationToken cancellationToken);
}

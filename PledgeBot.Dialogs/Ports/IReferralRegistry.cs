namespace PledgeBot.Dialogs.Ports;

/// <summary>Referral codes of influencers, schools and booths, and the reach attributed to them.</summary>
public interface IReferralRegistry
{
    /// <summary>True when the code exists and is active.</summary>
    Task<bool> IsActiveAsync(string code, CancellationToken cancellationToken);

    /// <summary>Counts a user as reached by a code, once per user and code.</summary>
    Task RecordReachAsync(string code, UserHash user, string channel, CancellationToken cancellationToken);
}

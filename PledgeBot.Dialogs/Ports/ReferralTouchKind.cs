namespace PledgeBot.Dialogs.Ports;

/// <summary>How an arrival with a referral code was counted.</summary>
public enum ReferralTouchKind
{
    /// <summary>Malformed, unknown or inactive: counted only in the day's unknown bucket.</summary>
    Unknown,

    /// <summary>A pledger arriving with their own invite code: not reach.</summary>
    OwnCode,

    /// <summary>The first time this user arrived with this code: one more reach for it.</summary>
    Reached,

    /// <summary>The user had arrived with this code before: nothing more counted.</summary>
    Repeated,
}

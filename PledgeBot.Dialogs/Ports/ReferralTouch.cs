namespace PledgeBot.Dialogs.Ports;

/// <summary>What an arrival with a referral code did: its kind, whether the code became the user's for good, and the
/// code the user is attributed to now (null while they have none).</summary>
public sealed record ReferralTouch(ReferralTouchKind Kind, bool FirstTouch, string? AttributedCode)
{
    public static ReferralTouch Unknown { get; } = new(ReferralTouchKind.Unknown, false, null);

    /// <summary>True when the code exists and is active.</summary>
    public bool Active => Kind != ReferralTouchKind.Unknown;
}

namespace PledgeBot.Referrals;

/// <summary>A code as staff see it. <see cref="Owner"/> is the staff-entered name, null for a pledger's peer code.
/// <see cref="Reach"/> counts distinct users who arrived with it, <see cref="FirstTouches"/> those for whom it was the
/// first code (their pledges count here), <see cref="Pledges"/> those users' pledges.</summary>
public sealed record ReferralCodeSummary(
    string Code,
    string? Owner,
    string Kind,
    bool Active,
    string? Created,
    long Reach,
    long FirstTouches,
    long Pledges,
    ReferralCodeLinks Links,
    string QrUrl,
    string StatsUrl,
    string? Note = null);

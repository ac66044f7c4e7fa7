namespace PledgeBot.Referrals;

/// <summary>Arrivals on one Viet Nam day with a well-formed code that was unknown or inactive.</summary>
public sealed record UnknownReferralDay(string Day, long Arrivals);

namespace PledgeBot.Referrals;

/// <summary>A staff change to a code: <c>{ "active": false }</c> stops counting it (its arrivals go to "unknown").</summary>
public sealed record ReferralCodeChange(bool? Active);

namespace PledgeBot.Referrals;

/// <summary>A staff request for a code: <c>{ "code": "KOL_AN", "owner": "An Nguyen", "kind": "kol" }</c>.</summary>
public sealed record NewReferralCode(string? Code, string? Owner, string? Kind);

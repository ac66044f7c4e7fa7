namespace PledgeBot.Referrals;

/// <summary>A staff request for a code: <c>{ "code": "KOL_AN", "owner": "An Nguyen", "kind": "kol", "note": "…" }</c>;
/// the note (staff's own words: where a poster hangs, which event) is optional.</summary>
public sealed record NewReferralCode(string? Code, string? Owner, string? Kind, string? Note = null);

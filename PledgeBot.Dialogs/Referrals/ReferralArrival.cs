namespace PledgeBot.Dialogs.Referrals;

/// <summary>A referral found on an activity. <see cref="Code"/> is null for a bare <c>/start</c>; <see cref="Typed"/>
/// marks <c>ma CODE</c>, which counts only when the code exists ("ma tuy" is a question, not a code);
/// <see cref="CaptureOnly"/> means the message says nothing else, so it gets no "not understood".</summary>
public sealed record ReferralArrival(string? Code, string? Locale, bool CaptureOnly, bool Typed);

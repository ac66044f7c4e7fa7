namespace PledgeBot.Referrals;

/// <summary>Where a code's audience starts: the web page, and Messenger, Telegram and Zalo when those are configured.
/// Zalo links cannot carry the code, so <see cref="ZaloMessage"/> is what the user sends the OA to be counted.</summary>
public sealed record ReferralCodeLinks(string Web, string? Messenger, string? Telegram, string? Zalo = null, string? ZaloMessage = null);

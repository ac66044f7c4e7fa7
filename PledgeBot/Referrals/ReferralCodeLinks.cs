namespace PledgeBot.Referrals;

/// <summary>Where a code's audience starts: the web page, and Messenger and Telegram when those are configured.</summary>
public sealed record ReferralCodeLinks(string Web, string? Messenger, string? Telegram);
